// A plan's tree and the space it belongs to (for the public address and the caller's role there),
// asked again when `version` changes — after a report or an import.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../shared/api/client';
import type { SpaceDetail } from '../../shared/api/types';
import type { Loadable } from '../../shared/api/useApi';
import { paths, type PlanView } from './api';

export type PlanAndSpace = { plan: PlanView; space: SpaceDetail };

export function usePlan(id: string, version = 0): Loadable<PlanAndSpace> & { retry: () => void } {
  const [state, setState] = useState<Loadable<PlanAndSpace>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    (async () => {
      const plan = await api<PlanView>(paths.plan(id));
      const { space } = await api<{ space: SpaceDetail }>(`/api/spaces/${encodeURIComponent(plan.spaceId)}`);
      return { plan, space };
    })().then(
      (data) => live && setState({ status: 'done', data }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [id, version, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
