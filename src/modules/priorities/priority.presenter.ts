// Exactly the fields of an exercise, its matrix and its results that leave the server.
import type { Actor } from '../../http/actor';
import { priorityPermissions } from './priority.policy';
import type { Matrix } from './matrix.service';
import type { Exercise } from './priority.service';
import type { ExerciseResults } from './results.service';

export function presentExercise(e: Exercise, actor: Actor) {
  return {
    id: e.id,
    spaceId: e.spaceId,
    title: e.title,
    localityCode: e.localityCode,
    year: e.year,
    consultationId: e.consultationId,
    alternatives: e.alternatives,
    criteria: e.criteria,
    scenarios: e.scenarios,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    permissions: priorityPermissions(actor, e.spaceId),
  };
}

export function presentListItem(e: Exercise) {
  return { id: e.id, title: e.title, localityCode: e.localityCode, year: e.year, updatedAt: e.updatedAt.toISOString() };
}

export function presentMatrix(m: Matrix) {
  return { alternatives: m.alternatives, criteria: m.criteria, values: m.values, sources: m.sources.map(({ missing: _missing, ...source }) => source) };
}

export function presentResults(r: ExerciseResults) {
  return { matrix: presentMatrix(r.matrix), scenarios: r.scenarios, agreement: r.agreement };
}
