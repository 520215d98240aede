// What every forum route starts from: the forum, its space, the caller and their standing. A forum
// the caller may not read does not exist for them (404), so drafts and outsiders learn nothing.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import type { Space } from '../spaces';
import { accessOf, findForum, type Forum } from './forum.load';
import { forumPolicy, type ForumAccess } from './forum.policy';

export type ForumCall = { forum: Forum; space: Space; actor: Actor; access: ForumAccess };

export async function readerOf(db: Db, req: FastifyRequest, forumId: string): Promise<ForumCall> {
  const actor = requireActor(req);
  const { forum, space } = await findForum(db, forumId);
  const access = await accessOf(db, actor, forum, space);
  if (!forumPolicy.read(access, forum)) throw AppError.of(404, 'forum.not_found');
  return { forum, space, actor, access };
}

export async function managerOf(db: Db, req: FastifyRequest, forumId: string): Promise<ForumCall> {
  const call = await readerOf(db, req, forumId);
  forbidUnless(forumPolicy.manage(call.access));
  return call;
}
