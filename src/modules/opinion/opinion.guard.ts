// What every staff route starts from: the space (or the conversation and its space), the caller and their
// standing. A space or conversation the caller may not read does not exist for them (404).
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { forbidUnless, requireActor } from '../../http/auth.plugin';
import { AppError } from '../../http/errors';
import { findSpace, type Space } from '../spaces';
import { findConversation, type Conversation } from './conversation.service';
import { accessIn, opinionPolicy, type OpinionAccess } from './opinion.policy';

export type SpaceCall = { space: Space; actor: Actor; access: OpinionAccess };
export type ConversationCall = SpaceCall & { conversation: Conversation };

export async function spaceReaderOf(db: Db, req: FastifyRequest, spaceId: string): Promise<SpaceCall> {
  const actor = requireActor(req);
  const { space } = await findSpace(db, spaceId);
  const access = accessIn(actor, space);
  if (!opinionPolicy.read(access)) throw AppError.of(404, 'space.not_found');
  return { space, actor, access };
}

export async function readerOf(db: Db, req: FastifyRequest, conversationId: string): Promise<ConversationCall> {
  const actor = requireActor(req);
  const conversation = await findConversation(db, conversationId);
  if (!conversation) throw AppError.of(404, 'opinion.not_found');
  const { space } = await findSpace(db, conversation.spaceId);
  const access = accessIn(actor, space);
  if (!opinionPolicy.read(access)) throw AppError.of(404, 'opinion.not_found');
  return { space, actor, access, conversation };
}

export async function facilitatorOf(db: Db, req: FastifyRequest, conversationId: string): Promise<ConversationCall> {
  const call = await readerOf(db, req, conversationId);
  forbidUnless(opinionPolicy.manage(call.access));
  return call;
}
