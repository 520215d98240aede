// How the OpenAPI document is made from the routes' zod schemas: each route as the type provider
// turns it, every named schema (`.meta({ id })`) as a component, and the one error shape declared for
// every 4xx answer of a documented route that does not name its own.
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { errorResponse } from './error.schema';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

export function openApiTransform(input: TransformInput) {
  const schema = input.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined;
  if (!schema || schema.hide) return jsonSchemaTransform(input);
  const response = schema.response ?? {};
  const ownErrors = Object.keys(response).some((code) => code.startsWith('4'));
  const withErrors = ownErrors ? response : { ...response, '4xx': errorResponse };
  return jsonSchemaTransform({ ...input, schema: { ...schema, response: withErrors } } as TransformInput);
}

export const openApiTransformObject = jsonSchemaTransformObject;
