import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const API = path.resolve(import.meta.dirname, '../../app/api/v1');
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;

/** Every route file under app/api/v1, as its OpenAPI path: [slug] becomes {slug}. */
function routes(dir = API, prefix = '/api/v1'): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'route.ts' ? [{ file: path.join(dir, entry.name), path: prefix }] : [];
    return routes(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(.+)\]$/, '{$1}')}`);
  });
}

describe('/api/v1/openapi.json', async () => {
  const { GET } = await import('@/app/api/v1/openapi.json/route');
  const response = await GET(new Request('http://test/api/v1/openapi.json'));
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; requestBody?: unknown }>> };

  test('is OpenAPI 3.1', () => {
    expect(response.status).toBe(200);
    expect(document.openapi).toBe('3.1.0');
  });

  test.each(routes().map((r) => [r.path, r.file] as const))('%s: every method the route exports is in the document, and nothing else is', async (apiPath, file) => {
    const handlers = (await import(file)) as Record<string, unknown>;
    const exported = METHODS.filter((m) => typeof handlers[m] === 'function').map((m) => m.toLowerCase());
    expect(Object.keys(document.paths[apiPath] ?? {}).sort()).toEqual(exported.sort());
  });

  test('no operation is documented without a route', () => {
    const paths = new Set(routes().map((r) => r.path));
    expect(Object.keys(document.paths).filter((p) => !paths.has(p))).toEqual([]);
  });

  test('parameters and bodies come from the zod schemas the routes validate with', () => {
    const release = document.paths['/api/v1/releases/{slug}'].get;
    expect(release.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:slug', 'query:script', 'query:wording', 'query:pinyin']);
    expect(document.paths['/api/v1/notes'].post.requestBody).toMatchObject({
      content: { 'application/json': { schema: { type: 'object', properties: { term: { type: 'string' }, visibility: { enum: ['private', 'shared'] } } } } },
    });
    // An upload's body is the file's bytes, in any of the media types the route takes.
    expect(document.paths['/api/v1/imports'].post.requestBody).toMatchObject({
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary', maxLength: 5 * 1024 * 1024 } }, 'text/html': {}, 'text/plain': {} },
    });
  });
});
