import type { z } from 'zod';

/**
 * Why a request is refused, as the domain sees it. A closed set of codes, each mapped to an HTTP
 * status in one place (lib/http/errors.ts); nothing below the HTTP edge knows about statuses.
 */
export const ERROR_CODES = ['bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'payload_too_large', 'unsupported_media_type', 'rate_limited'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** A finer, machine-readable cause where a page must tell refusals of one code apart (an importer's NOT_CHINESE, a taken slug). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/** A zod failure as a refusal that names the offending field: `term: must be 1–30 characters`. */
export function fromZodError(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'input';
  return new DomainError('bad_request', `${field}: ${issue?.message ?? 'invalid'}`);
}

/** Parses `input` with `schema`, or throws the refusal naming the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

export const notFound = (message: string) => new DomainError('not_found', message);
export const signInRequired = (what = 'do this') => new DomainError('unauthorized', `Sign in to ${what}`);
