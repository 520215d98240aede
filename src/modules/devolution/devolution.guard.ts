// What every devolution route starts from: the space, the caller and their standing, the units. A space the
// caller may not read does not exist for them (404); a space of another kind is not a devolution space.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import { findSpace, type Space } from '../spaces';
import { accessIn, devolutionPolicy, type DevolutionAccess } from './devolution.policy';
import { loadUnits, type Unit } from './unit.service';

export type DevolutionCall = { space: Space; actor: Actor; access: DevolutionAccess; units: Unit[] };

export async function readerOf(db: Db, req: FastifyRequest, spaceId: string): Promise<DevolutionCall> {
  const actor = requireActor(req);
  const { space } = await findSpace(db, spaceId);
  const { units, boundUnit, focalUnit } = await loadUnits(db, space.id, actor.userId);
  const access = accessIn(actor, space, boundUnit, focalUnit);
  if (!devolutionPolicy.read(access)) throw AppError.of(404, 'space.not_found');
  if (space.kind !== 'devolution') throw AppError.of(404, 'devolution.not_space');
  return { space, actor, access, units };
}

export async function coordinatorOf(db: Db, req: FastifyRequest, spaceId: string): Promise<DevolutionCall> {
  const call = await readerOf(db, req, spaceId);
  forbidUnless(devolutionPolicy.coordinate(call.access));
  return call;
}
