import { DomainError } from '@/lib/errors';

/** The largest JSON body a write accepts by default: a 5,000-character note in any script fits easily. */
export const MAX_JSON_BYTES = 32 * 1024;

// One decimal at most: a limit with room for a request's other fields reads "2 MB", not "1.9698486328125 MB".
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(1))} MB` : `${Number((bytes / 1024).toFixed(1))} KB`);
const tooLarge = (limit: number) => new DomainError('payload_too_large', `body: larger than ${size(limit)}`);

/**
 * The request's body as bytes, read no further than `limit`. Content-Length is checked first, but
 * it can be absent (chunked) or false, so the bytes actually read are counted too, and reading
 * stops (the stream is cancelled) at the first chunk over the limit: an oversize upload is refused
 * while it arrives, never buffered whole.
 */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > limit) {
        await reader.cancel();
        throw tooLarge(limit);
      }
      chunks.push(chunk.value);
    }
  }
  const bytes = new Uint8Array(total);
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.byteLength), 0);
  return bytes;
}

/** The request's JSON body, read no further than `limit` bytes (see readBodyBytes). */
export async function readJsonBody(request: Request, limit = MAX_JSON_BYTES): Promise<unknown> {
  const bytes = await readBodyBytes(request, limit);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new DomainError('bad_request', 'body: not valid UTF-8 JSON');
  }
}
