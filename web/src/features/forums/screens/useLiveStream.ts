// One server-sent events stream of a forum's screen: the last event's data, parsed, how many events
// came (`changes`, so a page that lists more than the stream carries knows when to ask again), and
// whether the stream holds. The browser reconnects by itself after a dropped connection; a refused
// stream (401/404) stays closed.
import { useEffect, useState } from 'react';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'failed';

export function useLiveStream<T>(url: string, event: string) {
  const [connection, setConnection] = useState<Connection>('connecting');
  const [data, setData] = useState<T | null>(null);
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const source = new EventSource(url);
    source.addEventListener(event, (message) => {
      try {
        setData(JSON.parse((message as MessageEvent<string>).data) as T);
        setConnection('live');
        setChanges((n) => n + 1);
      } catch {
        // A garbled event is skipped; the next change brings a complete one.
      }
    });
    source.onopen = () => setConnection('live');
    source.onerror = () => setConnection(source.readyState === EventSource.CLOSED ? 'failed' : 'reconnecting');
    return () => source.close();
  }, [url, event]);

  return { connection, data, changes };
}
