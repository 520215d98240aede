// Exactly what leaves the server about conversations and statements (the map's shape is map.result.ts).
import type { Conversation } from './conversation.service';
import type { LatestMap } from './map.service';
import { opinionPolicy, type OpinionAccess } from './opinion.policy';
import type { Statement } from './statement.service';

export const presentConversation = (c: Conversation, access: OpinionAccess) => ({
  id: c.id,
  spaceId: c.spaceId,
  forumId: c.forumId,
  slug: c.slug,
  title: c.title,
  topic: c.topic,
  statementMaxLength: c.statementMaxLength,
  statementsPerParticipant: c.statementsPerParticipant,
  status: c.status,
  votesVersion: c.votesVersion,
  createdAt: c.createdAt.toISOString(),
  permissions: { manage: opinionPolicy.manage(access), moderate: opinionPolicy.moderate(access) },
});

export const presentStatement = (s: Statement) => ({
  tid: s.tid,
  text: s.text,
  status: s.status,
  isMeta: s.isMeta,
  seed: s.authorPid === null,
  agree: s.agree,
  disagree: s.disagree,
  pass: s.pass,
  createdAt: s.createdAt.toISOString(),
});

export const presentMap = (latest: LatestMap, statements: Statement[]) =>
  latest.status === 'ready'
    ? { status: latest.status, computedAt: latest.computedAt.toISOString(), votesVersion: latest.votesVersion, map: latest.map, votesNeeded: null, participantsNeeded: null, statements: statements.map(presentStatement) }
    : { status: latest.status, computedAt: null, votesVersion: null, map: null, votesNeeded: latest.votesNeeded, participantsNeeded: latest.participantsNeeded, statements: statements.map(presentStatement) };
