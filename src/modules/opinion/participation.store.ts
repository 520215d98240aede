// Participation per day (Vietnam's day, UTC+7), kept running in opinion_participation_days
// (participation.table.ts): the writing transactions add to it, the staff panel reads it. A batch's votes
// and new participants go in one upsert, whatever their number of days.
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { vietnamDay } from '../../core/plans';
import type { Db } from '../../db/connection';
import { opinionParticipationDays } from './participation.table';

export type ParticipationDay = { day: string; votes: number; participants: number };

/** What one transaction adds: votes cast and participants created, each at its instant. */
export type ParticipationAdded = { votesAt?: Date[]; joinedAt?: Date[] };

/** Adds, in the caller's transaction, the votes cast and participants created to their days. */
export async function addParticipation(tx: Db, conversationId: string, added: ParticipationAdded): Promise<void> {
  const upsert = participationUpsert(conversationId, added);
  if (upsert) await tx.execute(upsert);
}

/** The statement addParticipation runs (null when nothing is added), for a writer that runs it inside a larger one (vote.writer.ts). */
export function participationUpsert(conversationId: string, { votesAt = [], joinedAt = [] }: ParticipationAdded): SQL | null {
  const days = new Map<string, { votes: number; participants: number }>();
  const on = (at: Date) => {
    const day = vietnamDay(at);
    return days.get(day) ?? days.set(day, { votes: 0, participants: 0 }).get(day)!;
  };
  for (const at of votesAt) on(at).votes++;
  for (const at of joinedAt) on(at).participants++;
  if (days.size === 0) return null;
  const rows = [...days].sort(([a], [b]) => a.localeCompare(b));
  return sql`
    insert into ${opinionParticipationDays} (conversation_id, day, votes, participants)
    select ${conversationId}::uuid, d.day, d.votes, d.participants
    from unnest(${sql.param(rows.map(([day]) => day))}::date[], ${sql.param(rows.map(([, n]) => n.votes))}::int[], ${sql.param(rows.map(([, n]) => n.participants))}::int[]) as d(day, votes, participants)
    on conflict (conversation_id, day) do update
      set votes = ${opinionParticipationDays.votes} + excluded.votes, participants = ${opinionParticipationDays.participants} + excluded.participants`;
}

/** Votes cast and participants created per day, in day order: one row per day, read from the running table. */
export async function participation(db: Db, conversationId: string): Promise<ParticipationDay[]> {
  return db
    .select({ day: opinionParticipationDays.day, votes: opinionParticipationDays.votes, participants: opinionParticipationDays.participants })
    .from(opinionParticipationDays)
    .where(eq(opinionParticipationDays.conversationId, conversationId))
    .orderBy(asc(opinionParticipationDays.day));
}
