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

type Paged<T> = { questions: T[]; next: string | null };
export type KeptPages<T> = { data: T[] | null; more: boolean; error: unknown };

/**
 * Like useKept for a list read in pages (`next` → `after`): reads its first `pages` pages again, one
 * after the other, whenever `version` moves, keeping what it showed meanwhile; `more` when a next page exists.
 */
export function useKeptPages<T>(path: string, pages: number, version: number): KeptPages<T> {
  const [state, setState] = useState<KeptPages<T>>({ data: null, more: false, error: null });
  useEffect(() => {
    let current = true;
    (async () => {
      const all: T[] = [];
      let next: string | null = null;
      for (let n = 0; n < pages; n++) {
        const page: Paged<T> = await api<Paged<T>>(next === null ? path : `${path}${path.includes('?') ? '&' : '?'}after=${encodeURIComponent(next)}`);
        all.push(...page.questions);
        next = page.next;
        if (next === null) break;
      }
      return { data: all, more: next !== null, error: null };
    })().then(
      (read) => current && setState(read),
      (error: unknown) => current && setState((before) => ({ ...before, error })),
    );
    return () => {
      current = false;
    };
  }, [path, pages, version]);
  return state;
}
