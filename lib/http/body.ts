import { DomainError } from '@/lib/errors';

/** The largest JSON body a write accepts by default: a 5,000-character note in any script fits easily. */
export const MAX_JSON_BYTES = 32 * 1024;

const tooLarge = (limit: number) => new DomainError('payload_too_large', `body: larger than ${limit / 1024} KB`);

/**
 * The request's JSON body, read no further than `limit` bytes. Content-Length is checked first, but
 * it can be absent (chunked) or false, so the bytes actually read are counted too.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BYTES): Promise<unknown> {
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
    throw new DomainError('bad_request', 'body: not valid UTF-8 JSON');
  }
}
