// Province names by GSO code from /api/localities (the units in force today), asked for once per visit.
import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../shared/api/schema';
import { api } from '../../shared/api/client';

type Localities = ApiResponse<'/api/localities', 'get'>;

let asked: Promise<Localities> | null = null;

export function useProvinces(): Map<string, string> | null {
  const [names, setNames] = useState<Map<string, string> | null>(null);
  useEffect(() => {
    let live = true;
    if (!asked) {
      asked = api<Localities>('/api/localities');
      // A failed answer is not kept: the next page asks again.
      asked.catch(() => (asked = null));
    }
    asked.then(
      (data) => live && setNames(new Map(data.localities.map((l) => [l.code, l.name]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return names;
}
