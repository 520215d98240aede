// Published results are immutable: a published consultation takes no ballot (the writer refuses every
// status but open, paper batches included), no new option (moderation closes at publication) and
// never changes status again, and nothing deletes a consultation. So its results answers carry an
// ETag and may be kept by browsers and proxies; an If-None-Match that matches is a 304 with no body.
// Every other results answer (unpublished, or with a stability figure still on its way) is private, no-store.
import type { FastifyReply, FastifyRequest } from 'fastify';
import fresh from 'fresh';
import { hashOf, type Answer } from './results.cache';

/**
 * Five minutes: a hall reloading /r is answered by browsers and proxies, a revalidation is a
 * bodiless 304, and a release that changes how results look reaches every viewer within minutes.
 */
export const PUBLISHED_MAX_AGE = 300;
export const NOT_STORED = 'private, no-store';

/** Sets the published answer's headers; true when the client's copy is current (send the 304). */
export function notModified(req: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('etag', etag).header('cache-control', `public, max-age=${PUBLISHED_MAX_AGE}`);
  return fresh(req.headers, { etag });
}

export function sendAnswer(req: FastifyRequest, reply: FastifyReply, type: string, answer: Answer) {
  if (notModified(req, reply, answer.etag)) return reply.status(304).send();
  return reply.type(type).send(answer.body);
}

/**
 * An export file carries the day it was exported, so two downloads of the same results differ in
 * their bytes: the tag is weak (same results), made from the results cache key and the file kind.
 */
export const weakTag = (key: string, kind: string) => `W/"${hashOf(`${kind}|${key}`)}"`;
