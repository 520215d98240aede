// Who is signed in. Asks /api/me once on load, keeps the CSRF token for the API client, and falls
// back to "signed out" whenever the server answers 401; App then sends the user to /login.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from '../../shared/api/client';
import type { Me } from '../../shared/api/types';

export type SessionState =
  | { status: 'loading' }
  // afterLogout: the user chose to leave, so there is no page to come back to after signing in.
  | { status: 'signed-out'; afterLogout?: boolean }
  | { status: 'signed-in'; me: Me }
  | { status: 'error'; error: unknown };

interface Session {
  state: SessionState;
  signIn: (me: Me) => void;
  signOut: () => Promise<void>;
  reload: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const signIn = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setState({ status: 'signed-in', me });
  }, []);

  const dropSession = useCallback((afterLogout = false) => {
    setCsrfToken(null);
    setState({ status: 'signed-out', afterLogout });
  }, []);

  useEffect(() => {
    let live = true;
    api<Me>('/api/me', { quiet401: true }).then(
      (me) => live && signIn(me),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) dropSession();
        else setState({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, signIn, dropSession]);

  useEffect(() => {
    setUnauthorizedHandler(() => dropSession());
    return () => setUnauthorizedHandler(null);
  }, [dropSession]);

  const signOut = useCallback(async () => {
    try {
      await api<void>('/api/auth/logout', { method: 'POST' });
    } catch (error) {
      // A 401 means the session had already ended: that is the outcome we wanted.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    dropSession(true);
  }, [dropSession]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, reload }), [state, signIn, signOut, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
