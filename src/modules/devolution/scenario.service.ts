// Scenarios of a devolution space: built by coordinators, each checked whole against the inventory
// (core/devolution's scenarioProblems: a level gone on the day, an activity moved twice…), audited.
import { and, asc, eq } from 'drizzle-orm';
import { scenarioProblems, type Move } from '../../core/devolution';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { listActivities } from './activity.service';
import { refuseProblems } from './devolution.problems';
import { devolutionScenarios, type DevolutionText } from './devolution.table';

export type ScenarioRow = typeof devolutionScenarios.$inferSelect;
export type ScenarioInput = { key: string; name: DevolutionText; date: string; moves: Move[]; illustrativeNote?: string | null };

export const listScenarios = (db: Db, spaceId: string) => db.select().from(devolutionScenarios).where(eq(devolutionScenarios.spaceId, spaceId)).orderBy(asc(devolutionScenarios.createdAt), asc(devolutionScenarios.key));

export async function findScenario(db: Db, spaceId: string, id: string): Promise<ScenarioRow> {
  const [row] = await db.select().from(devolutionScenarios).where(and(eq(devolutionScenarios.spaceId, spaceId), eq(devolutionScenarios.id, id)));
  if (!row) throw AppError.of(404, 'devolution.scenario_not_found');
  return row;
}

function cleaned(input: ScenarioInput) {
  const nfc = (s: string) => s.normalize('NFC').trim();
  return {
    key: input.key,
    name: { vi: nfc(input.name.vi), en: input.name.en === null ? null : nfc(input.name.en) },
    date: input.date,
    moves: input.moves.map((m) => ({ ...m, rationale: nfc(m.rationale), phase: nfc(m.phase) })),
    illustrativeNote: input.illustrativeNote ?? null,
  };
}

/** Creates (before = null) or replaces a scenario. */
export async function saveScenario(db: Db, actor: Actor, spaceId: string, before: ScenarioRow | null, input: ScenarioInput, now: Date): Promise<ScenarioRow> {
  const values = cleaned(input);
  return db.transaction(async (tx) => {
    refuseProblems(scenarioProblems(await listActivities(tx, spaceId), values));
    const [taken] = await tx.select({ id: devolutionScenarios.id }).from(devolutionScenarios).where(and(eq(devolutionScenarios.spaceId, spaceId), eq(devolutionScenarios.key, values.key)));
    if (taken && taken.id !== before?.id) throw AppError.of(409, 'devolution.scenario_key_taken', { key: values.key });
    const [after] = before
      ? await tx.update(devolutionScenarios).set({ ...values, updatedAt: now }).where(eq(devolutionScenarios.id, before.id)).returning()
      : await tx.insert(devolutionScenarios).values({ ...values, spaceId, createdAt: now, updatedAt: now }).returning();
    await recordAudit(tx, actor, { action: `devolution.scenario.${before ? 'changed' : 'added'}`, entityType: 'devolution_scenario', entityId: after.id, spaceId, before, after }, now);
    return after;
  });
}

export async function removeScenario(db: Db, actor: Actor, before: ScenarioRow, now: Date) {
  await db.transaction(async (tx) => {
    await tx.delete(devolutionScenarios).where(eq(devolutionScenarios.id, before.id));
    await recordAudit(tx, actor, { action: 'devolution.scenario.removed', entityType: 'devolution_scenario', entityId: before.id, spaceId: before.spaceId, before, after: null }, now);
  });
}
