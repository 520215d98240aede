// Exactly what leaves the server about a speaking-queue entry.
import type { Speaker } from './queue.service';

const at = (d: Date | null) => d?.toISOString() ?? null;

export const presentSpeaker = (s: Speaker) => ({
  id: s.id,
  sessionId: s.sessionId,
  pointId: s.pointId,
  name: s.name,
  status: s.status,
  requestedAt: s.requestedAt.toISOString(),
  calledAt: at(s.calledAt),
  startedAt: at(s.startedAt),
  finishedAt: at(s.finishedAt),
});
