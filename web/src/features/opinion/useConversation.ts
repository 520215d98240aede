// What a conversation's staff page reads, kept on screen while newer answers load: the conversation, its
// statements, the last map and participation. The map and the statements are re-read every 4 s while the
// page is open (the server recomputes the map in the background, participants send statements), the
// participation every 20 s; `changed()` after a moderation or a status change asks at once.
import { useState } from 'react';
import { useKept, useTicks } from '../forums/screens/useKept';
import { paths, type Conversation, type MapAnswer, type Participation, type Statements } from './api';

export const POLL_MS = 4_000;

export function useConversation(id: string) {
  const [version, setVersion] = useState(0);
  const ticks = useTicks(POLL_MS);
  const conversation = useKept<Conversation>(paths.conversation(id), version);
  const statements = useKept<Statements>(paths.statements(id), version + ticks);
  const map = useKept<MapAnswer>(paths.map(id), version + ticks);
  const participation = useKept<Participation>(paths.participation(id), version + Math.floor(ticks / 5));
  return { conversation, statements, map, participation, changed: () => setVersion((v) => v + 1) };
}
