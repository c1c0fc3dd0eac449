import { z } from 'zod';
import type { Contract } from './contract';

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; required?: string[]; description?: string; [key: string]: unknown };

const ERROR_BODY: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, reason: { type: 'string', description: 'a finer cause, where an operation names one' } },
    },
  },
};

const jsonSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/** An object schema's properties as OpenAPI parameters `in` the path or the query. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchema(schema);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.includes(name),
    ...(property.description && { description: property.description }),
    schema: property,
  }));
}

function operation(c: Contract) {
  const errors = { 400: 'a bad parameter or body, named in the message', ...c.errors, 500: 'an internal error' };
  return {
    summary: c.summary,
    ...(c.access !== 'public' && { security: [{ session: [] }, { token: [] }] }),
    parameters: [...parameters(c.params, 'path'), ...parameters(c.query, 'query')],
    ...(c.body && { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(c.body) } } } }),
    ...(c.upload && {
      requestBody: {
        required: true,
        description: c.upload.description,
        content: Object.fromEntries(c.upload.types.map((type) => [type, { schema: { type: 'string', format: 'binary', maxLength: c.upload!.maxBytes } }])),
      },
    }),
    responses: {
      [c.success.status]: {
        description: c.success.description,
        ...(c.success.status !== 204 && { content: { [c.success.content === 'text' ? 'text/plain' : 'application/json']: { schema: {} } } }),
      },
      ...Object.fromEntries(Object.entries(errors).map(([status, description]) => [status, { description, content: { 'application/json': { schema: ERROR_BODY } } }])),
    },
  };
}

/** The OpenAPI 3.1 document for a list of contracts: the same zod schemas the routes validate with. */
export function openApiDocument(contracts: readonly Contract[], info: { title: string; version: string; description: string }) {
  const paths: Record<string, Record<string, ReturnType<typeof operation>>> = {};
  for (const c of contracts) (paths[c.path] ??= {})[c.method.toLowerCase()] = operation(c);
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token', description: 'a browser session; writes must come from the site’s own pages' },
        token: { type: 'http', scheme: 'bearer', description: 'a personal API token (account page)' },
      },
    },
  };
}
