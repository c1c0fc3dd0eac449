import { ApiError } from '@/lib/api/errors';

/** The largest request body a note write accepts: a 5,000-character note in any script fits easily. */
export const MAX_NOTE_REQUEST_BYTES = 32 * 1024;

const tooLarge = (limit: number) => new ApiError('payload_too_large', `body: larger than ${limit / 1024} KB`);

/**
 * The request's JSON body, read no further than `limit` bytes. Content-Length is checked first, but
 * it can be absent (chunked) or false, so the bytes actually read are counted too.
 */
export async function readJsonBody(request: Request, limit = MAX_NOTE_REQUEST_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge(limit);
      }
      chunks.push(chunk.value);
    }
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.byteLength), 0);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError('bad_request', 'body: not valid UTF-8 JSON');
  }
}
