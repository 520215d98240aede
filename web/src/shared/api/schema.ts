// Names for the server's types, taken from the generated openapi.ts (never written by hand): a named
// component, or the JSON a route answers with on success.
import type { components, paths } from './openapi';

export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Success<R> = R extends { 200: { content: { 'application/json': infer T } } } ? T : R extends { 201: { content: { 'application/json': infer T } } } ? T : never;

/** The JSON body of a route's 200 (or else 201) answer, e.g. `ApiResponse<'/api/plans/{id}/reminders', 'get'>`. */
export type ApiResponse<Path extends keyof paths, M extends Method> = paths[Path][M] extends { responses: infer R } ? Success<R> : never;

/** The JSON body a route takes, e.g. `ApiBody<'/api/consultations', 'post'>`. */
export type ApiBody<Path extends keyof paths, M extends Method> = paths[Path][M] extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;
