// Exactly what leaves the server about decentralisation planning.
import { ACTIVITY_KINDS, CRITERIA, CRITERION_LABELS, DEVOLUTION_SECTORS, KIND_LABELS, LEVELS, LEVEL_LABELS, type Activity } from '../../core/devolution';
import { devolutionPolicy, type DevolutionAccess } from './devolution.policy';
import type { Note } from './review.service';
import type { ScenarioRow } from './scenario.service';
import type { Unit } from './unit.service';

export const presentUnit = (u: Unit) => ({ key: u.key, name: u.name, kind: u.kind, focal: u.focal });

export const vocabulary = () => ({
  sectors: DEVOLUTION_SECTORS.map((s) => ({ ...s })),
  levels: LEVELS.map((key) => ({ key, ...LEVEL_LABELS[key] })),
  kinds: ACTIVITY_KINDS.map((key) => ({ key, ...KIND_LABELS[key] })),
  criteria: CRITERIA.map((key) => ({ key, ...CRITERION_LABELS[key] })),
});

export const presentActivity = (a: Activity, access: DevolutionAccess) => ({ ...a, editable: devolutionPolicy.editUnit(access, a.unit) });

export const presentScenario = (s: ScenarioRow) => ({
  id: s.id,
  key: s.key,
  name: s.name,
  date: s.date,
  moves: s.moves,
  illustrativeNote: s.illustrativeNote,
  updatedAt: s.updatedAt.toISOString(),
});

export const presentNote = (n: Note) => ({
  id: n.id,
  unit: n.unitKey,
  kind: n.kind,
  activityCode: n.activityCode,
  proposedLevel: n.proposedLevel,
  text: n.text,
  authorUserId: n.authorUserId,
  createdAt: n.createdAt.toISOString(),
});
