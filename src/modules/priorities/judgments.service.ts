// The AHP questionnaire: each official's own pairwise comparison of the criteria, their weights and
// consistency one by one, and all of them combined by the geometric mean (core/mcda).
import { and, asc, eq } from 'drizzle-orm';
import { priorities, type Priorities } from '../../core/mcda/ahp';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { users } from '../accounts';
import { recordAudit } from '../audit';
import { checkJudgments } from './priority.rules';
import { fits, type Exercise } from './priority.service';
import { priorityJudgments } from './priority.table';

export type OfficialAnswer = { userId: string; name: string; judgments: Record<string, number>; updatedAt: Date; priorities: Priorities };
export type Judgments = { criteria: string[]; answers: OfficialAnswer[]; combined: Priorities | null };

const keyed = (keys: string[], values: number[]) => Object.fromEntries(keys.map((k, i) => [k, values[i]]));

export async function loadJudgments(db: Db, exercise: Exercise): Promise<Judgments> {
  const keys = exercise.criteria.map((c) => c.key);
  const rows = await db
    .select({ userId: priorityJudgments.userId, name: users.displayName, judgments: priorityJudgments.judgments, updatedAt: priorityJudgments.updatedAt })
    .from(priorityJudgments)
    .innerJoin(users, eq(users.id, priorityJudgments.userId))
    .where(eq(priorityJudgments.exerciseId, exercise.id))
    .orderBy(asc(users.displayName), asc(priorityJudgments.userId));
  const answers = rows.filter((r) => fits(keys, r.judgments)).map((r) => ({ ...r, priorities: priorities(keys, [r.judgments]) }));
  const combined = answers.length ? priorities(keys, answers.map((a) => a.judgments)) : null;
  return { criteria: keys, answers, combined };
}

export function presentJudgments(j: Judgments, actor: Actor) {
  return {
    criteria: j.criteria,
    mine: j.answers.find((a) => a.userId === actor.userId)?.judgments ?? null,
    officials: j.answers.map((a) => ({ userId: a.userId, name: a.name, cr: a.priorities.cr, weights: keyed(j.criteria, a.priorities.weights), updatedAt: a.updatedAt.toISOString() })),
    combined: j.combined
      ? {
          weights: keyed(j.criteria, j.combined.weights),
          lambdaMax: j.combined.lambdaMax,
          ci: j.combined.ci,
          cr: j.combined.cr,
          revisit: j.combined.revisit.map((r) => ({ pair: r.judgment, given: r.given, implied: r.implied })),
        }
      : null,
  };
}

export async function answerJudgments(db: Db, actor: Actor, exercise: Exercise, judgments: Record<string, number>, now: Date): Promise<void> {
  if (!actor.userId) throw AppError.of(403, 'priorities.answer_needs_account');
  const userId = actor.userId;
  checkJudgments(exercise.criteria.map((c) => c.key), judgments);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(priorityJudgments).where(and(eq(priorityJudgments.exerciseId, exercise.id), eq(priorityJudgments.userId, userId)));
    await tx
      .insert(priorityJudgments)
      .values({ exerciseId: exercise.id, userId, judgments, updatedAt: now })
      .onConflictDoUpdate({ target: [priorityJudgments.exerciseId, priorityJudgments.userId], set: { judgments, updatedAt: now } });
    await recordAudit(tx, actor, { action: 'priority.judgments', entityType: 'priority-exercise', entityId: exercise.id, spaceId: exercise.spaceId, before: before ?? null, after: { userId, judgments } }, now);
  });
}
