// Priority exercises: created with the defaults of the API document, changed only by their space's
// facilitators, every change audited in its own transaction. Nothing here computes a ranking.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { judgmentMatrix } from '../../core/mcda/judgments';
import { locality } from '../../core/localities/units';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { findConsultation } from '../consultations';
import type { criteriaBody, exerciseCreateBody, exercisePatchBody, scenariosBody } from './priority.schema';
import { carryScenarios, checkAlternatives, checkCriteria, checkScenarios, defaultAlternatives, defaultCriteria, defaultScenarios, invalid } from './priority.rules';
import { priorityExercises, priorityJudgments } from './priority.table';
import type { Criterion } from './priority.types';

export type Exercise = typeof priorityExercises.$inferSelect;

export async function findExercise(db: Db, id: string): Promise<Exercise> {
  const [row] = await db.select().from(priorityExercises).where(eq(priorityExercises.id, id));
  if (!row) throw AppError.of(404, 'priorities.not_found');
  return row;
}

export function listExercises(db: Db, spaceId: string) {
  return db.select().from(priorityExercises).where(eq(priorityExercises.spaceId, spaceId)).orderBy(desc(priorityExercises.updatedAt), asc(priorityExercises.id));
}

function checkLocality(code: string): void {
  if (!locality(63, code) && !locality(34, code)) {
    throw invalid(`không có tỉnh, thành mã ${code} trong danh mục 63 hay 34 đơn vị cấp tỉnh.`, `no province has the code ${code} among the 63 or the 34 province-level units.`);
  }
}

/** The groups of the consultation to link (null when none), after checking it belongs to the space. */
async function consultationGroups(db: Db, spaceId: string, consultationId: string | null): Promise<string[] | null> {
  if (!consultationId) return null;
  const found = await findConsultation(db, consultationId).catch(() => null);
  if (!found || found.consultation.spaceId !== spaceId) {
    throw invalid('cuộc tham vấn được liên kết phải thuộc cùng không gian với bài toán.', 'the linked consultation must belong to the same space as the exercise.');
  }
  return found.consultation.groups.map((g) => g.key);
}

export async function createExercise(db: Db, actor: Actor, spaceId: string, input: z.output<typeof exerciseCreateBody>, now: Date): Promise<Exercise> {
  checkLocality(input.localityCode);
  const alternatives = input.alternatives ?? defaultAlternatives();
  checkAlternatives(alternatives);
  const consultationId = input.consultationId ?? null;
  const groups = await consultationGroups(db, spaceId, consultationId);
  const criteria = checkCriteria(defaultCriteria(alternatives, consultationId !== null), alternatives, groups);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(priorityExercises)
      .values({ spaceId, title: input.title, localityCode: input.localityCode, year: input.year ?? null, consultationId, alternatives, criteria, scenarios: defaultScenarios(criteria), createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, actor, { action: 'priority.create', entityType: 'priority-exercise', entityId: row.id, spaceId, after: row }, now);
    return row;
  });
}

export async function updateExercise(db: Db, actor: Actor, before: Exercise, patch: z.output<typeof exercisePatchBody>, now: Date): Promise<Exercise> {
  if (patch.localityCode !== undefined) checkLocality(patch.localityCode);
  const consultationId = patch.consultationId === undefined ? before.consultationId : patch.consultationId;
  const groups = await consultationGroups(db, before.spaceId, consultationId);
  // the criteria must still make sense with the consultation now linked (or none)
  checkCriteria(before.criteria, before.alternatives, groups);
  const fields = {
    ...(patch.title ? { title: patch.title } : {}),
    ...(patch.localityCode !== undefined ? { localityCode: patch.localityCode } : {}),
    ...(patch.year !== undefined ? { year: patch.year } : {}),
    consultationId,
  };
  return save(db, actor, before, fields, 'priority.update', now);
}

export async function replaceCriteria(db: Db, actor: Actor, before: Exercise, input: z.output<typeof criteriaBody>, now: Date): Promise<Exercise> {
  const groups = await consultationGroups(db, before.spaceId, before.consultationId);
  const criteria = checkCriteria(input.criteria as Criterion[], before.alternatives, groups);
  const scenarios = carryScenarios(before.scenarios, criteria);
  return db.transaction(async (tx) => {
    const after = await save(tx, actor, before, { criteria, scenarios }, 'priority.criteria', now);
    await dropUnfitAnswers(tx, actor, after, now);
    return after;
  });
}

export async function replaceScenarios(db: Db, actor: Actor, before: Exercise, input: z.output<typeof scenariosBody>, now: Date): Promise<Exercise> {
  const scenarios = checkScenarios(input.scenarios, before.criteria);
  return save(db, actor, before, { scenarios }, 'priority.scenarios', now);
}

async function save(db: Db, actor: Actor, before: Exercise, fields: Partial<Exercise>, action: string, now: Date): Promise<Exercise> {
  return db.transaction(async (tx) => {
    const [after] = await tx.update(priorityExercises).set({ ...fields, updatedAt: now }).where(eq(priorityExercises.id, before.id)).returning();
    await recordAudit(tx, actor, { action, entityType: 'priority-exercise', entityId: before.id, spaceId: before.spaceId, before, after }, now);
    return after;
  });
}

/** AHP answers that no longer compare exactly the exercise's criteria are removed, each removal audited. */
async function dropUnfitAnswers(tx: Db, actor: Actor, exercise: Exercise, now: Date): Promise<void> {
  const keys = exercise.criteria.map((c) => c.key);
  const answers = await tx.select().from(priorityJudgments).where(eq(priorityJudgments.exerciseId, exercise.id));
  for (const answer of answers) {
    if (fits(keys, answer.judgments)) continue;
    await tx.delete(priorityJudgments).where(and(eq(priorityJudgments.exerciseId, exercise.id), eq(priorityJudgments.userId, answer.userId)));
    await recordAudit(tx, actor, { action: 'priority.judgments_cleared', entityType: 'priority-exercise', entityId: exercise.id, spaceId: exercise.spaceId, before: answer }, now);
  }
}

export function fits(keys: string[], judgments: Record<string, number>): boolean {
  try {
    judgmentMatrix(keys, judgments);
    return true;
  } catch {
    return false;
  }
}
