// The mapping of index figures to the eight priority areas that is in force: the latest stored version, or
// the built-in default when none is stored or the last change was a reset. Administrators replace it as a
// whole; each change is a new version and an audit record (before and after) in the same transaction.
import { desc, sql } from 'drizzle-orm';
import { DEFAULT_AREA_MAPPING, type AreaMapping } from '../../core/indices/analysis.priorities';
import { checkMapping, type MappingProblem, type ProposedMapping } from '../../core/indices/area-mapping';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit';
import { areaMappingVersions } from './area-mapping.table';

// Changes to the mapping wait for each other, so versions are numbered without gaps or clashes.
const MAPPING_LOCK_KEY = 70_202_027;

export interface MappingInForce {
  mapping: AreaMapping;
  /** True when the built-in default is in force (nothing stored, or the last change was a reset). */
  isDefault: boolean;
  /** 0 before any change. */
  version: number;
  changedBy: string | null;
  changedAt: Date | null;
}

/**
 * The mapping every evidence-per-area computation must use: pass it to `areaEvidence(editions, code,
 * mapping)`. This is the one function other modules (priority setting) call.
 */
export async function currentAreaMapping(db: Db): Promise<AreaMapping> {
  return (await areaMappingInForce(db)).mapping;
}

export async function areaMappingInForce(db: Db): Promise<MappingInForce> {
  const [latest] = await db.select().from(areaMappingVersions).orderBy(desc(areaMappingVersions.version)).limit(1);
  if (!latest) return { mapping: DEFAULT_AREA_MAPPING, isDefault: true, version: 0, changedBy: null, changedAt: null };
  return {
    mapping: latest.mapping ?? DEFAULT_AREA_MAPPING,
    isDefault: latest.mapping === null,
    version: latest.version,
    changedBy: latest.actorLabel,
    changedAt: latest.at,
  };
}

function rejection(problem: MappingProblem): AppError {
  if (problem.kind === 'unknown-area') return AppError.of(400, 'indicators.mapping_unknown_area', { area: problem.area });
  const params = { area: problem.area, index: problem.index, key: problem.key };
  const code = ({
    duplicate: 'indicators.mapping_duplicate',
    'unknown-figure': problem.index === 'GSO' ? 'indicators.mapping_unknown_dataset' : 'indicators.mapping_unknown_figure',
    'bad-weight': 'indicators.mapping_bad_weight',
    'need-side': 'indicators.mapping_need_side',
  } as const)[problem.kind];
  return AppError.of(400, code, params);
}

/** Replaces the mapping in force with `proposed` (checked first: nothing is stored from bad input). */
export async function replaceAreaMapping(db: Db, actor: Actor, proposed: ProposedMapping, now: Date): Promise<MappingInForce> {
  const checked = checkMapping(proposed);
  if (!checked.ok) throw rejection(checked.problem);
  return storeVersion(db, actor, checked.mapping, now);
}

/** Puts the built-in default back in force. */
export async function resetAreaMapping(db: Db, actor: Actor, now: Date): Promise<MappingInForce> {
  return storeVersion(db, actor, null, now);
}

async function storeVersion(db: Db, actor: Actor, mapping: AreaMapping | null, now: Date): Promise<MappingInForce> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MAPPING_LOCK_KEY})`);
    const before = await areaMappingInForce(tx);
    const version = before.version + 1;
    await tx.insert(areaMappingVersions).values({ version, mapping, actorUserId: actor.userId, actorLabel: actor.label, at: now });
    await recordAudit(
      tx,
      actor,
      {
        action: mapping === null ? 'indicators.area_mapping.reset' : 'indicators.area_mapping.replace',
        entityType: 'area_mapping',
        entityId: String(version),
        before: { version: before.version, isDefault: before.isDefault, mapping: before.mapping },
        after: { version, isDefault: mapping === null, mapping: mapping ?? DEFAULT_AREA_MAPPING },
      },
      now,
    );
  });
  return areaMappingInForce(db);
}
