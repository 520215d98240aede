// The space's inventory for its page: loaded once, loaded again after an edit or an import (reload), and the
// last list kept on screen while the new one loads, so that forms and messages below it stay where they are.
import { useRef, useState } from 'react';
import { useApi } from '../../shared/api/useApi';
import { paths, type Activities } from './api';

export function useInventory(spaceId: string) {
  const [version, setVersion] = useState(0);
  const loaded = useApi<Activities>(paths.activities(spaceId), version);
  const last = useRef<Activities | null>(null);
  if (loaded.status === 'done') last.current = loaded.data;
  const error = loaded.status === 'error' && !last.current ? { error: loaded.error, retry: loaded.retry } : null;
  return { activities: last.current?.activities ?? null, error, reload: () => setVersion((v) => v + 1) };
}
