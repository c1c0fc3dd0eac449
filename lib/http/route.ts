import 'server-only';
import type { z } from 'zod';
import { DomainError, fromZodError, parseInput, signInRequired } from '@/lib/errors';
import { trustedOrigins } from '@/lib/env';
import { requestViewer, type Viewer } from '@/lib/server/auth/viewer';
import { readBodyBytes, readJsonBody } from './body';
import type { Contract, Upload } from './contract';
import { errorResponse } from './errors';
import { isSameOrigin } from './origin';
import { decodeSegment } from './path';

type Infer<S> = z.output<NonNullable<S>>;

/** A raw body as received: its bytes and its media type (lower case, without parameters). */
export type Uploaded = { bytes: Uint8Array; type: string };

export type RouteInput<C extends Contract> = {
  request: Request;
  params: Infer<C['params']>;
  query: Infer<C['query']>;
  body: Infer<C['body']>;
  /** The raw body, for a contract that takes an upload. */
  upload: [NonNullable<C['upload']>] extends [never] ? undefined : Uploaded;
  /** Null only where the contract allows anyone. */
  viewer: C['access'] extends 'public' ? Viewer | null : Viewer;
};

type Handler<C extends Contract> = (input: RouteInput<C>) => Promise<Response | object | null>;
type Context = { params: Promise<Record<string, string | string[]>> };

const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const JSON_TYPE = /^application\/json\s*(;|$)/i;

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();

async function readUpload(request: Request, upload: Upload): Promise<Uploaded> {
  const type = mediaType(request);
  if (!upload.types.includes(type)) throw new DomainError('unsupported_media_type', `content-type: send the file as ${upload.types.join(', ')}`);
  return { bytes: await readBodyBytes(request, upload.maxBytes), type };
}

/**
 * A Next route handler for one contract: the viewer from the session cookie or an API token; for
 * a write, a same-origin check (unless an API token signs it, which a cross-site page cannot send)
 * and a JSON body of bounded size, or, where the contract takes an upload, raw bytes of an allowed
 * type, refused as soon as they pass its limit; params, query and body through the contract's zod
 * schemas; the access rule; then the handler, whose plain result is sent as JSON with the
 * contract's status.
 * Every refusal, here or below, becomes its status and JSON body in one place (lib/http/errors.ts).
 */
export function route<C extends Contract>(spec: C, handler: Handler<C>) {
  return async (request: Request, context?: Context): Promise<Response> => {
    try {
      const viewer = await requestViewer(request);
      if (spec.access !== 'public' && !viewer) throw signInRequired();
      // A session cookie rides along on any request a browser sends, a cross-site one too: a write it signs must come from our own pages.
      if (WRITE.has(request.method) && viewer?.via === 'session' && !isSameOrigin(request, trustedOrigins()))
        throw new DomainError('forbidden', 'origin: writes are accepted from this site’s own pages or with an API token');
      if (spec.access === 'editor' && viewer?.role !== 'editor') throw new DomainError('forbidden', 'Only editors can do this');
      const raw = Object.fromEntries(Object.entries((await context?.params) ?? {}).map(([k, v]) => [k, decodeSegment(String(v))]));
      // A path that names nothing valid names no resource: 404, naming the segment.
      const parsedParams = spec.params?.safeParse(raw);
      if (parsedParams && !parsedParams.success) throw new DomainError('not_found', fromZodError(parsedParams.error).message);
      const params = parsedParams?.data;
      const query = spec.query ? parseInput(spec.query, Object.fromEntries(new URL(request.url).searchParams)) : undefined;
      let body;
      if (spec.body) {
        if (!JSON_TYPE.test(request.headers.get('content-type') ?? '')) throw new DomainError('unsupported_media_type', 'content-type: send the body as application/json');
        body = parseInput(spec.body, await readJsonBody(request, spec.maxBody));
      }
      const upload = spec.upload ? await readUpload(request, spec.upload) : undefined;
      const result = await handler({ request, params, query, body, upload, viewer } as RouteInput<C>);
      if (result instanceof Response) return result;
      if (spec.success.status === 204) return new Response(null, { status: 204 });
      return Response.json(result, { status: spec.success.status });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
