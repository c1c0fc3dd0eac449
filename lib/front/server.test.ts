import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { proxyTrust } from './client-address';
import { CACHE_HEADER } from './declaration';
import { createFront } from './server';
import type { SessionCheck } from './sessions';
import type { TagVersions } from './versions';

// A stand-in for Next: each path answers as the test sets it, and every request it sees is logged.
type Answer = { status?: number; headers?: Record<string, string | string[]>; body: string };
const answers = new Map<string, Answer>();
const seen: { url: string; method: string; headers: http.IncomingHttpHeaders }[] = [];
const origin = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    seen.push({ url: req.url!, method: req.method!, headers: req.headers });
    const answer = answers.get(req.url!) ?? { status: 404, body: 'none' };
    res.writeHead(answer.status ?? 200, answer.headers ?? {});
    res.end(answer.body);
  });
});

const tags = new Map<string, number>();
let syncs = 0;
const versions: TagVersions = { current: (tag) => tags.get(tag) ?? 0, sync: () => void syncs++, close: () => {} };
// Sessions that stand, by token (the cookie's value before its signature).
const standing = new Set<string>();
const sessions: SessionCheck = { stands: (token) => standing.has(token), close: () => {} };

let front: ReturnType<typeof createFront>;
let base: string;
beforeAll(async () => {
  await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
  front = createFront({ origin: { host: '127.0.0.1', port: (origin.address() as AddressInfo).port }, versions, sessions, trust: proxyTrust(['127.0.0.2']) });
  await new Promise<void>((r) => front.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  front.server.closeAllConnections();
  await new Promise((r) => front.server.close(r));
  front.close();
  origin.closeAllConnections();
  await new Promise((r) => origin.close(r));
});
beforeEach(() => {
  seen.length = 0;
  tags.clear();
  standing.clear();
});

const json = (body: unknown, declaration?: string, headers: Record<string, string> = {}): Answer => ({
  headers: { 'content-type': 'application/json', ...(declaration ? { [CACHE_HEADER]: declaration } : {}), ...headers },
  body: JSON.stringify(body),
});
/** The values of each header of an answer as sent, repeated ones apart (fetch would join them). */
const rawHeaders = (path: string, headers: Record<string, string> = {}) =>
  new Promise<(name: string) => string[]>((resolve) =>
    http.get(`${base}${path}`, { headers }, (res) =>
      res.resume().on('end', () => resolve((name) => res.rawHeaders.filter((_, i) => i % 2 === 1 && res.rawHeaders[i - 1].toLowerCase() === name))),
    ),
  );
const hits = (url: string) => seen.filter((s) => s.url === url).length;
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe('answers declared cacheable', () => {
  test('are served from memory while their tags hold, with a strong ETag and a 304 for it', async () => {
    answers.set('/a', json({ n: 'x'.repeat(2000) }, 'shared release:a@0'));
    const first = await get('/a');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}(-gz|-br)?"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600');
    expect(first.headers.has(CACHE_HEADER)).toBe(false);
    expect(first.headers.get('cache-status')).toBe('duizhao; fwd=miss; stored');
    await first.text();
    const again = await get('/a');
    expect(again.headers.get('cache-status')).toBe('duizhao; hit');
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toContain('xxxx');
    expect(hits('/a')).toBe(1);
    const revalidated = await get('/a', { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(revalidated.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(revalidated.headers.get('vary')).toBe(first.headers.get('vary'));
    expect(hits('/a')).toBe(1);
  });

  test('a bumped tag makes the next request go to the app again', async () => {
    answers.set('/b', json({ v: 1 }, 'shared release:b@0 glossary:b@0'));
    await (await get('/b')).text();
    await (await get('/b')).text();
    expect(hits('/b')).toBe(1);
    tags.set('glossary:b', 1);
    answers.set('/b', json({ v: 2 }, 'shared release:b@0 glossary:b@1'));
    const refetched = await get('/b');
    expect(refetched.headers.get('cache-status')).toBe('duizhao; fwd=stale; stored');
    expect(await refetched.json()).toEqual({ v: 2 });
    expect(hits('/b')).toBe(2);
  });

  test("a kept answer carries the app's own headers, and each security header once", async () => {
    answers.set(
      '/kept',
      json({ h: 1 }, 'shared', { link: ['</a.css>; rel=preload; as="style"', '</b.css>; rel=preload; as="style"'] as never, 'x-content-type-options': 'nosniff' }),
    );
    await (await get('/kept')).text();
    const values = await rawHeaders('/kept');
    expect(values('cache-status')).toEqual(['duizhao; hit']);
    expect(values('link')).toEqual(['</a.css>; rel=preload; as="style", </b.css>; rel=preload; as="style"']);
    expect(values('x-content-type-options')).toEqual(['nosniff']);
    expect(values('content-type')).toEqual(['application/json']);
    expect(values('content-length')).toEqual([String(JSON.stringify({ h: 1 }).length)]);
  });

  test('an answer the app already encoded is passed on as it came, not kept', async () => {
    answers.set('/encoded', {
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', [CACHE_HEADER]: 'shared', 'cache-status': 'next; hit' },
      // Over the 1 KB from which the front compresses what it passes on.
      body: 'not really gzip '.repeat(100),
    });
    for (let i = 0; i < 2; i++) {
      const values = await rawHeaders('/encoded', { 'accept-encoding': 'br' });
      expect(values('content-encoding')).toEqual(['gzip']);
      expect(values('cache-status')).toEqual(['next; hit']);
    }
    expect(hits('/encoded')).toBe(2);
  });

  test('an answer built at versions older than the current ones is served once but not kept', async () => {
    tags.set('release:c', 5);
    answers.set('/c', json({ v: 'old' }, 'shared release:c@4'));
    const once = await get('/c');
    expect(once.headers.get('cache-status')).toBe('duizhao; fwd=miss');
    await once.text();
    await (await get('/c')).text();
    expect(hits('/c')).toBe(2);
  });

  test('gzip and brotli bodies are the same bytes, each with its own validator', async () => {
    const body = { text: '專精特新'.repeat(500) };
    answers.set('/d', json(body, 'shared'));
    const identity = await get('/d', { 'accept-encoding': 'identity' });
    const raw = Buffer.from(await identity.arrayBuffer());
    const viaNode = (encoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve) =>
        http.get(`${base}/d`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }),
      );
    const gz = await viaNode('gzip');
    const br = await viaNode('gzip, br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gunzipSync(gz.body)).toEqual(raw);
    expect(brotliDecompressSync(br.body)).toEqual(raw);
    expect(new Set([identity.headers.get('etag'), gz.headers.etag, br.headers.etag]).size).toBe(3);
    expect(hits('/d')).toBe(1);
  });

  test('a page declares itself in a <meta> of its head', async () => {
    answers.set('/page', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<html><head><meta name="dz-cache" content="shared release:p@0"/></head><body>hi</body></html>',
    });
    await (await get('/page')).text();
    await (await get('/page')).text();
    expect(hits('/page')).toBe(1);
  });
});

describe('who may be served a cached answer', () => {
  const session = { cookie: 'better-auth.session_token=abc.def' };

  test('a shared answer goes to a signed-in reader too, marked private', async () => {
    answers.set('/s', json({ same: true }, 'shared'));
    await (await get('/s')).text();
    const signedIn = await get('/s', session);
    expect(signedIn.headers.get('cache-control')).toBe('private, no-cache');
    expect(hits('/s')).toBe(1);
  });

  test('an anonymous answer only to readers without a session, varying on the cookie', async () => {
    answers.set('/anon', json({ viewer: null }, 'anonymous'));
    const first = await get('/anon');
    expect(first.headers.get('vary')).toBe('Accept-Encoding, Cookie');
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    await (await get('/anon')).text();
    expect(hits('/anon')).toBe(1);
    await (await get('/anon', session)).text();
    await (await get('/anon', { authorization: 'Bearer dz_x' })).text();
    expect(hits('/anon')).toBe(3);
  });

  test('an anonymous answer to a signed-in request is never kept', async () => {
    answers.set('/anon2', json({ viewer: 'someone' }, 'anonymous'));
    await (await get('/anon2', session)).text();
    await (await get('/anon2')).text();
    expect(hits('/anon2')).toBe(2);
  });

  test.each([
    ['no declaration', json({ a: 1 })],
    ['a Set-Cookie', json({ a: 1 }, 'shared', { 'set-cookie': 'x=1' })],
    ['a status other than 200', { ...json({ a: 1 }, 'shared'), status: 404 }],
  ])('an answer with %s is passed on, never kept', async (_, answer) => {
    answers.set('/never', answer);
    await (await get('/never')).text();
    await (await get('/never')).text();
    expect(hits('/never')).toBe(2);
  });

  describe("a session's own answer", () => {
    const later = () => `session until=${Date.now() + 60_000} user:u@0`;
    const alice = { cookie: 'theme=dark; better-auth.session_token=alice.sig1' };
    beforeEach(() => void (standing.add('alice'), standing.add('bob')));

    test('is served again to that session alone, privately, while it stands', async () => {
      answers.set('/mine', json({ marks: 'alice' }, later()));
      const first = await get('/mine', alice);
      expect(first.headers.get('cache-status')).toBe('duizhao; fwd=miss; stored');
      expect(first.headers.get('cache-control')).toBe('private, no-cache');
      expect(first.headers.get('vary')).toBe('Accept-Encoding, Cookie');
      const etag = first.headers.get('etag')!;
      await first.text();
      const again = await get('/mine', alice);
      expect(again.headers.get('cache-status')).toBe('duizhao; hit');
      expect(await again.text()).toContain('alice');
      expect((await get('/mine', { ...alice, 'if-none-match': etag })).status).toBe(304);
      expect(hits('/mine')).toBe(1);
      // Someone else, no one, a forged signature and an API token are all sent to the app.
      await (await get('/mine', { cookie: 'better-auth.session_token=bob.sig2' })).text();
      await (await get('/mine')).text();
      await (await get('/mine', { cookie: 'better-auth.session_token=alice.forged' })).text();
      await (await get('/mine', { ...alice, authorization: 'Bearer dz_x' })).text();
      expect(hits('/mine')).toBe(5);
    });

    test("is found beside an anonymous reader's copy at the same URL", async () => {
      answers.set('/both', json({ viewer: null }, 'anonymous'));
      await (await get('/both')).text();
      answers.set('/both', json({ viewer: 'alice' }, later()));
      await (await get('/both', alice)).text();
      const again = await get('/both', alice);
      expect(again.headers.get('cache-status')).toBe('duizhao; hit');
      expect(await again.json()).toEqual({ viewer: 'alice' });
      expect(await (await get('/both')).json()).toEqual({ viewer: null });
      expect(hits('/both')).toBe(2);
    });

    test('goes to the app again once the session is gone, its tags move or its time is up', async () => {
      answers.set('/gone', json({ n: 1 }, later()));
      await (await get('/gone', alice)).text();
      standing.delete('alice');
      expect((await get('/gone', alice)).headers.get('cache-status')).toBe('duizhao; fwd=stale; stored');
      standing.add('alice');
      tags.set('user:u', 1);
      await (await get('/gone', alice)).text();
      expect(hits('/gone')).toBe(3);
      answers.set('/late', json({ n: 1 }, `session until=${Date.now() - 1} user:u@0`));
      await (await get('/late', alice)).text();
      await (await get('/late', alice)).text();
      expect(hits('/late')).toBe(2);
    });

    test('is never kept without an end, nor for a request without a session', async () => {
      answers.set('/open', json({ n: 1 }, 'session user:u@0'));
      await (await get('/open', alice)).text();
      await (await get('/open', alice)).text();
      expect(hits('/open')).toBe(2);
      answers.set('/nobody', json({ n: 1 }, later()));
      await (await get('/nobody')).text();
      await (await get('/nobody')).text();
      expect(hits('/nobody')).toBe(2);
    });
  });

  test("Next's client-navigation fetches always go to Next", async () => {
    answers.set('/rsc', json({ a: 1 }, 'shared'));
    await (await get('/rsc')).text();
    await (await get('/rsc', { rsc: '1' })).text();
    expect(hits('/rsc')).toBe(2);
  });
});

describe('malformed percent-encoding', () => {
  test.each(['%ff', '%E0%A4%A', '%', '%ED%A0%80'])('in an API path (%s) is a 400 from the front, never sent to Next', async (escape) => {
    const response = await get(`/api/v1/releases/${escape}?script=hans`);
    expect(response.status).toBe(400);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.json()).toEqual({ error: { code: 'bad_request', message: 'path: malformed percent-encoding' } });
    expect(seen).toEqual([]);
  });

  test("in a page's path goes to Next, whose proxy answers it with the not-found page", async () => {
    await (await get('/en/glossary/%ff')).text();
    expect(hits('/en/glossary/%ff')).toBe(1);
  });
});

describe('headers every answer carries', () => {
  test('HTML gets a CSP with the hash of each inline script it holds, and nothing else runs', async () => {
    const inline = 'self.__next_f.push([1,"x"])';
    answers.set('/h', { headers: { 'content-type': 'text/html' }, body: `<html><head><script src="/_next/a.js"></script><script>${inline}</script></head></html>` });
    const response = await get('/h');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(inline).digest('base64')}'`);
    expect(csp.match(/'sha256-/g)).toHaveLength(1);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  test('JSON may not run or be framed', async () => {
    answers.set('/j', json({ a: 1 }));
    expect((await get('/j')).headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe('the client address Next sees', () => {
  test('is the socket peer; a client cannot choose it with X-Forwarded-For', async () => {
    answers.set('/ip', json({}));
    await (await get('/ip', { 'x-forwarded-for': '203.0.113.9, 198.51.100.1' })).text();
    expect(seen.at(-1)!.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  test('a write passes through, and versions are brought up to date before it is answered', async () => {
    answers.set('/w', json({ ok: true }));
    const before = syncs;
    const response = await fetch(`${base}/w`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/w' });
    expect(syncs).toBeGreaterThan(before);
  });
});

describe('connections to Next', () => {
  /** A front before its own stand-in for Next, for `run`, then both closed. */
  async function withOrigin(origin: http.Server, run: (at: string) => Promise<void>) {
    await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r));
    const front = createFront({ origin: { host: '127.0.0.1', port: (origin.address() as AddressInfo).port }, versions, trust: proxyTrust([]) });
    await new Promise<void>((r) => front.server.listen(0, '127.0.0.1', r));
    try {
      await run(`http://127.0.0.1:${(front.server.address() as AddressInfo).port}`);
    } finally {
      front.server.closeAllConnections();
      await new Promise((r) => front.server.close(r));
      front.close();
      origin.closeAllConnections();
      await new Promise((r) => origin.close(r));
    }
  }

  test('one whose write Next refused (a 413 before the body was read) is not used again', async () => {
    // Next answers an oversize body at once and closes the connection with the body unread; a
    // request the front then sent on it would be reset (a 502 for whoever sent it). The stand-in
    // resets any request that arrives on a connection after such a refusal.
    const refused = new WeakSet<object>();
    const origin = http.createServer((req, res) => {
      if (refused.has(req.socket)) return void req.socket.destroy();
      if (req.url === '/big') {
        refused.add(req.socket);
        res.writeHead(413, { 'content-type': 'application/json' });
        return void res.end('{"error":"body: larger than 32 KB"}');
      }
      req.resume().on('end', () => res.end('ok'));
    });
    await withOrigin(origin, async (at) => {
      const big = await fetch(`${at}/big`, { method: 'PATCH', body: 'x'.repeat(40 * 1024), headers: { 'content-type': 'application/json' } });
      expect(big.status).toBe(413);
      await big.text();
      for (let k = 0; k < 3; k++) expect((await fetch(`${at}/after`)).status).toBe(200);
    });
  });

  test('an idle one is closed by the front before Next would close it (Keep-Alive: timeout=3)', async () => {
    // Next announces how long it keeps an idle connection; the front must let go first, or a
    // request sent as Next closes it fails (a 502).
    const origin = http.createServer((_req, res) => res.end('ok'));
    origin.keepAliveTimeout = 3_000;
    const closedBy: string[] = [];
    origin.on('connection', (socket) => {
      socket.on('end', () => closedBy.push('front')); // the other side's FIN
      socket.on('close', () => closedBy.length || closedBy.push('next'));
    });
    await withOrigin(origin, async (at) => {
      expect(await (await fetch(`${at}/x`)).text()).toBe('ok');
      await new Promise((r) => setTimeout(r, 2_600));
      expect(closedBy).toEqual(['front']);
      expect(await (await fetch(`${at}/x`)).text()).toBe('ok'); // on a new connection
    });
  });
});
