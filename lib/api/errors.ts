import type { z } from 'zod';

// One error type for the JSON API: a closed set of codes, each with its HTTP status.
const STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
} as const;

export type ApiErrorCode = keyof typeof STATUS;

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): number {
    return STATUS[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message } };
  }
}

/** A zod failure as a 400 that names the offending field. */
export function fromZodError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'input';
  return new ApiError('bad_request', `${field}: ${issue?.message ?? 'invalid'}`);
}

export function errorResponse(error: unknown): Response {
  const apiError = error instanceof ApiError ? error : new ApiError('internal_error', 'Internal error');
  if (!(error instanceof ApiError)) console.error(error);
  return Response.json(apiError.toJSON(), { status: apiError.status });
}
