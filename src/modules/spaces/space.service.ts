// Spaces and their phases: reading what the caller may see, and audited changes.
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import { isUniqueViolation } from '../../db/errors';
import { isAdministrator, type Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { insertRoleGrant } from '../accounts';
import { recordAudit } from '../audit';
import type { phaseInput, spaceCreateBody, spaceUpdateBody } from './space.schema';
import { spacePhases, spaces } from './space.table';

export type Space = typeof spaces.$inferSelect;
export type Phase = typeof spacePhases.$inferSelect;
type NewSpace = z.output<typeof spaceCreateBody>;
type SpacePatch = z.output<typeof spaceUpdateBody>;

/** Public spaces plus those the caller has a role in (all of them for an administrator). */
export async function listVisibleSpaces(db: Db, actor: Actor) {
  const mine = [...actor.spaceRoles.keys()];
  const where = isAdministrator(actor)
    ? undefined
    : or(eq(spaces.visibility, 'public'), mine.length ? inArray(spaces.id, mine) : undefined);
  const rows = await db.select().from(spaces).where(where).orderBy(asc(spaces.slug));
  const phases = rows.length
    ? await db.select().from(spacePhases).where(inArray(spacePhases.spaceId, rows.map((r) => r.id))).orderBy(asc(spacePhases.position))
    : [];
  return rows.map((space) => ({ space, phases: phases.filter((p) => p.spaceId === space.id) }));
}

export async function findSpace(db: Db, id: string): Promise<{ space: Space; phases: Phase[] }> {
  const [space] = await db.select().from(spaces).where(eq(spaces.id, id));
  if (!space) throw AppError.of(404, 'space.not_found');
  const phases = await db.select().from(spacePhases).where(eq(spacePhases.spaceId, id)).orderBy(asc(spacePhases.position));
  return { space, phases };
}

/** The space at a public address (/d/{slug}), or null. */
export async function findSpaceBySlug(db: Db, slug: string): Promise<Space | null> {
  const [space] = await db.select().from(spaces).where(eq(spaces.slug, slug));
  return space ?? null;
}

export async function findSpaceIdBySlug(db: Db, slug: string): Promise<string | null> {
  const [row] = await db.select({ id: spaces.id }).from(spaces).where(eq(spaces.slug, slug));
  return row?.id ?? null;
}

export async function createSpace(db: Db, actor: Actor, input: NewSpace, now: Date) {
  const { phases, locality, ...fields } = input;
  try {
    return await db.transaction(async (tx) => {
      const [space] = await tx
        .insert(spaces)
        .values({ ...fields, localityCode: locality?.code ?? null, localityName: locality?.name ?? null, createdAt: now, updatedAt: now })
        .returning();
      await writePhases(tx, space.id, phases);
      // Whoever creates a space runs it, unless it is the automation token (no account to hold the role).
      if (actor.userId) await insertRoleGrant(tx, { userId: actor.userId, spaceId: space.id, role: 'facilitator' }, now);
      await recordAudit(tx, actor, { action: 'space.create', entityType: 'space', entityId: space.id, spaceId: space.id, after: { ...space, phases } }, now);
      return space;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw AppError.of(409, 'space.slug_taken', { slug: input.slug });
    throw err;
  }
}

export async function updateSpace(db: Db, actor: Actor, id: string, patch: SpacePatch, now: Date) {
  return db.transaction(async (tx) => {
    const before = await findSpace(tx, id);
    const { phases, locality, ...fields } = patch;
    const localityFields = locality === undefined ? {} : { localityCode: locality?.code ?? null, localityName: locality?.name ?? null };
    const [space] = await tx.update(spaces).set({ ...fields, ...localityFields, updatedAt: now }).where(eq(spaces.id, id)).returning();
    if (phases) {
      await tx.delete(spacePhases).where(eq(spacePhases.spaceId, id));
      await writePhases(tx, id, phases);
    }
    const after = await findSpace(tx, id);
    await recordAudit(tx, actor, { action: 'space.update', entityType: 'space', entityId: id, spaceId: id, before, after }, now);
    return space;
  });
}

async function writePhases(tx: Db, spaceId: string, phases: z.output<typeof phaseInput>[]) {
  if (!phases.length) return;
  await tx.insert(spacePhases).values(
    phases.map((p, position) => ({ spaceId, position, key: p.key, title: p.title, startsOn: p.startsOn ?? null, endsOn: p.endsOn ?? null })),
  );
}
