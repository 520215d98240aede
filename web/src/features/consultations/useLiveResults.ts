// Live results from GET /api/consultations/:id/live (server-sent events, event "results"). The
// browser reconnects by itself after a dropped connection; a refused one (401/403) stays closed.
import { useEffect, useState } from 'react';
import { consultationPath, type LiveSnapshot } from './api';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'failed';

export function useLiveResults(id: string): { connection: Connection; snapshot: LiveSnapshot | null } {
  const [connection, setConnection] = useState<Connection>('connecting');
  const [snapshot, setSnapshot] = useState<LiveSnapshot | null>(null);

  useEffect(() => {
    const source = new EventSource(`${consultationPath(id)}/live`);
    source.addEventListener('results', (event) => {
      try {
        setSnapshot(JSON.parse((event as MessageEvent<string>).data) as LiveSnapshot);
        setConnection('live');
      } catch {
        // A garbled event is skipped; the next ballot brings a complete one.
      }
    });
    source.onopen = () => setConnection('live');
    source.onerror = () => setConnection(source.readyState === EventSource.CLOSED ? 'failed' : 'reconnecting');
    return () => source.close();
  }, [id]);

  return { connection, snapshot };
}
