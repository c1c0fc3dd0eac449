import { z } from 'zod';
import { DomainError, fromZodError, type ErrorCode } from '@/lib/errors';

// The one place refusals become HTTP: each domain code's status, and the JSON body every API error has.
const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

export const statusOf = (code: ErrorCode) => STATUS[code];

export type ErrorBody = { error: { code: ErrorCode | 'internal_error'; message: string; reason?: string } };

/** A refusal (or a zod failure) as its status and JSON body; anything else is a logged 500. */
export function errorResponse(error: unknown, headers?: HeadersInit): Response {
  const refusal = error instanceof z.ZodError ? fromZodError(error) : error;
  if (refusal instanceof DomainError) {
    const body: ErrorBody = { error: { code: refusal.code, message: refusal.message, ...(refusal.reason && { reason: refusal.reason }) } };
    return Response.json(body, { status: STATUS[refusal.code], headers });
  }
  console.error(error);
  const body: ErrorBody = { error: { code: 'internal_error', message: 'Internal error' } };
  return Response.json(body, { status: 500, headers });
}
