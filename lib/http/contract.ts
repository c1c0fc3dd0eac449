import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who may call: anyone (the viewer, if signed in, is known), a signed-in reader, or an editor. */
export type Access = 'public' | 'reader' | 'editor';

/**
 * A body taken as raw bytes instead of JSON (a file to import): the media types accepted and the
 * most bytes read. Opt-in per operation; the same-origin and size rules hold as for JSON.
 */
export type Upload = { types: readonly string[]; maxBytes: number; description: string };

/**
 * One API operation: its path (OpenAPI style, `{slug}`), the zod schemas its inputs are validated
 * with, and who may call it. The route handler is built from it (lib/http/route.ts) and the
 * OpenAPI document is generated from it (lib/http/openapi.ts), so the two cannot disagree.
 */
export type Contract<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, U extends Upload | undefined = Upload | undefined> = {
  method: Method;
  path: `/api/v1${string}`;
  summary: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** The largest JSON body accepted, in bytes (default lib/http/body.ts's MAX_JSON_BYTES). */
  maxBody?: number;
  /** A raw body instead of a JSON one (never both). */
  upload?: U;
  /** The success status and what the answer holds. */
  success: { status: 200 | 201 | 204; description: string; content?: 'json' | 'text' };
  /** Statuses this operation answers with besides 2xx, 400 and 500, and why. */
  errors?: Partial<Record<401 | 403 | 404 | 409 | 413 | 415 | 429, string>>;
};

export const contract = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, U extends Upload | undefined = undefined>(c: Contract<P, Q, B, U>) => c;
