// What every linkage route starts from: the region's space, the caller and their standing, and the
// region's member localities. A space the caller may not read does not exist for them (404).
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import { findSpace, type Space } from '../spaces';
import { accessIn, linkagePolicy, type LinkageAccess } from './linkage.policy';
import { loadRegion } from './region.service';

export type LinkageCall = { space: Space; actor: Actor; access: LinkageAccess; localities: string[] };

export async function readerOf(db: Db, req: FastifyRequest, spaceId: string): Promise<LinkageCall> {
  const actor = requireActor(req);
  const { space } = await findSpace(db, spaceId);
  const region = await loadRegion(db, space.id, actor.userId);
  const access = accessIn(actor, space, region.boundLocality);
  if (!linkagePolicy.read(access)) throw AppError.of(404, 'space.not_found');
  if (space.kind !== 'linkage') throw AppError.of(404, 'linkage.not_region');
  return { space, actor, access, localities: region.localities };
}

export async function coordinatorOf(db: Db, req: FastifyRequest, spaceId: string): Promise<LinkageCall> {
  const call = await readerOf(db, req, spaceId);
  forbidUnless(linkagePolicy.coordinate(call.access));
  return call;
}
