// A forum's question stream (server-sent events, event "questions"): the hall's, or one point's. The
// browser reconnects by itself after a dropped connection; a refused stream (401/404) stays closed.
// `changes` counts events, so a page that lists more than the stream carries (the moderator's waiting
// questions) knows when to ask again.
import { useEffect, useState } from 'react';
import { questionPaths, type LiveQuestions } from './api';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'failed';

export function useLiveQuestions(forumId: string, pointId: string | null) {
  const [connection, setConnection] = useState<Connection>('connecting');
  const [live, setLive] = useState<LiveQuestions | null>(null);
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const source = new EventSource(questionPaths.live(forumId, pointId));
    source.addEventListener('questions', (event) => {
      try {
        setLive(JSON.parse((event as MessageEvent<string>).data) as LiveQuestions);
        setConnection('live');
        setChanges((n) => n + 1);
      } catch {
        // A garbled event is skipped; the next change brings a complete one.
      }
    });
    source.onopen = () => setConnection('live');
    source.onerror = () => setConnection(source.readyState === EventSource.CLOSED ? 'failed' : 'reconnecting');
    return () => source.close();
  }, [forumId, pointId]);

  return { connection, live, changes };
}
