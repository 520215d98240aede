// Loads one GET endpoint again whenever `version` moves, keeping what it showed until the new answer
// comes: a screen or a moderator's list must not blank out on every change. A failure after a first
// answer is kept beside that answer, not instead of it.
import { useEffect, useState } from 'react';
import { api } from '../../../shared/api/client';

export type Kept<T> = { data: T | null; error: unknown };

export function useKept<T>(path: string, version: number): Kept<T> {
  const [state, setState] = useState<Kept<T>>({ data: null, error: null });
  useEffect(() => {
    let current = true;
    api<T>(path).then(
      (data) => current && setState({ data, error: null }),
      (error: unknown) => current && setState((before) => ({ data: before.data, error })),
    );
    return () => {
      current = false;
    };
  }, [path, version]);
  return state;
}

/** A number that goes up every `ms` milliseconds while the page is open (a slow refresh). */
export function useTicks(ms: number): number {
  const [ticks, setTicks] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTicks((n) => n + 1), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return ticks;
}
