// Loads one GET endpoint for a component, with a retry. Answers that arrive after the component has
// moved on are dropped, so a slow response cannot overwrite a newer page.
import { useCallback, useEffect, useState } from 'react';
import { api } from './client';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'error'; error: unknown };

export function useApi<T>(path: string): Loadable<T> & { retry: () => void } {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    api<T>(path).then(
      (data) => live && setState({ status: 'done', data }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [path, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
