import { describe, expect, test } from 'vitest';
import { DomainError } from '@/lib/errors';
import { MAX_JSON_BYTES, readBodyBytes, readJsonBody } from './body';

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://test/api/v1/notes', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

function streamOf(chunks: number, size: number, pulled = { count: 0 }) {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count++ < chunks) controller.enqueue(new TextEncoder().encode(' '.repeat(size)));
      else controller.close();
    },
  });
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  return error instanceof DomainError ? error.code : error;
}

describe('readJsonBody', () => {
  test('parses a JSON body', async () => {
    await expect(readJsonBody(post('{"term":"專精特新"}'))).resolves.toEqual({ term: '專精特新' });
  });

  test('accepts a body of exactly the limit', async () => {
    const json = JSON.stringify({ body: 'x'.repeat(MAX_JSON_BYTES - 11) });
    expect(new TextEncoder().encode(json).byteLength).toBe(MAX_JSON_BYTES);
    await expect(readJsonBody(post(json))).resolves.toMatchObject({ body: expect.any(String) });
  });

  test.each([
    ['a body one byte over', () => post(JSON.stringify({ body: 'x'.repeat(MAX_JSON_BYTES - 10) }))],
    ['a declared Content-Length over the limit', () => post('{}', { 'content-length': String(MAX_JSON_BYTES + 1) })],
    ['a stream with no Content-Length', () => post(streamOf(40, 1024))],
    ['a stream that lies about its Content-Length', () => post(streamOf(40, 1024), { 'content-length': '10' })],
    ['Chinese counted in bytes, not characters', () => post(JSON.stringify({ body: '字'.repeat(11_000) }))],
  ])('413 for %s', async (_, request) => {
    expect(await codeOf(readJsonBody(request()))).toBe('payload_too_large');
  });

  test.each([
    [32 * 1024, 'body: larger than 32 KB'],
    [2_000_000 + 64 * 1024, 'body: larger than 2 MB'],
    [1536, 'body: larger than 1.5 KB'],
  ])('a limit of %i bytes is said in round units', async (limit, message) => {
    const error = await readJsonBody(post('{}', { 'content-length': String(limit + 1) }), limit).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'payload_too_large', message });
  });

  test.each([
    ['not JSON', 'term=x'],
    ['empty', ''],
    ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])],
  ])('400 for a body that is %s', async (_, body) => {
    expect(await codeOf(readJsonBody(post(body)))).toBe('bad_request');
  });
});

describe('readBodyBytes', () => {
  const MB = 1024 * 1024;

  test('gives the bytes as sent, of exactly the limit too', async () => {
    const bytes = new Uint8Array([0xa4, 0x40, 0x00, 0xff]);
    await expect(readBodyBytes(post(bytes), 4)).resolves.toEqual(bytes);
    await expect(readBodyBytes(post(''), 4)).resolves.toEqual(new Uint8Array());
  });

  test('stops reading at the first chunk over the limit: a 6 MB stream is refused after 5 MB, not read whole', async () => {
    const pulled = { count: 0 };
    const error = await readBodyBytes(post(streamOf(96, 64 * 1024, pulled)), 5 * MB).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'payload_too_large', message: 'body: larger than 5 MB' });
    // 80 chunks of 64 KB fill 5 MB; the 81st crosses it. The stream may have pulled one ahead.
    expect(pulled.count).toBeLessThanOrEqual(82);
  });
});
