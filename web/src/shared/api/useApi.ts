// Loads one GET endpoint for a component, with a retry. Answers that arrive after the component has
// moved on are dropped, so a slow response cannot overwrite a newer page. A caller that knows the
// answer has changed (a ballot came in) passes a new `version` to ask again.
import { useCallback, useEffect, useState } from 'react';
import { api } from './client';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'error'; error: unknown };

export function useApi<T>(path: string, version = 0): Loadable<T> & { retry: () => void } {
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
  }, [path, attempt, version]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
