import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlib, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
import { DomainError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/errors';
import { hasMalformedEscape } from '@/lib/http/path';
import { clientAddress, type ProxyTrust } from './client-address';
import { contentSecurityPolicy, NON_HTML_CSP, SECURITY_HEADERS } from './csp';
import type { Declaration } from './declaration';
import {
  HOP,
  OWN,
  TEXT,
  TEXT_STREAM,
  cacheable,
  credentialed,
  encodingFor,
  type Fetched,
  cacheStatus,
  strongTag,
  matches,
  keptHeaders,
  flat,
  declarationOf,
  immutable,
} from './headers';
import { sessionCookie, type SessionCheck } from './sessions';
import { entryStore, type Entry } from './store';
import type { TagVersions } from './versions';

export type FrontOptions = {
  /** Where Next listens (loopback only). */
  origin: { host: string; port: number };
  versions: TagVersions;
  /** Where the front checks a session still stands before serving what was kept for it; without one, nothing is kept per session. */
  sessions?: SessionCheck;
  trust: ProxyTrust;
  /** Bytes of answers kept in memory. */
  maxBytes?: number;
  /** What a CDN in front of this one may do with a shared answer (seconds). */
  sMaxAge?: number;
  staleWhileRevalidate?: number;
};

/**
 * The HTTP front of one app instance: it serves the answers the app declared cacheable (pages and
 * API answers that are the same for everyone at their URL, or for every anonymous reader) from
 * memory, each precompressed and with a strong ETag, while the versions of the tags they were
 * built from hold (so no reader sees a page older than the last write, from any instance); it
 * answers If-None-Match with 304; everything else goes to Next. It also sets the client address
 * Next sees, and the security headers of every answer (a per-answer hash-based CSP for HTML).
 * Every answer it may cache says what it did in a Cache-Status header (RFC 9211).
 */
export function createFront(options: FrontOptions) {
  const { versions, trust } = options;
  const store = entryStore(options.maxBytes ?? 128 * 1024 * 1024);
  const sMaxAge = options.sMaxAge ?? 60;
  const swr = options.staleWhileRevalidate ?? 600;
  // Idle connections to Next are closed before Next closes them (it announces `Keep-Alive:
  // timeout=5`; Node's agent takes that hint, less a second, only under a timeout of its own). Without
  // one it kept them forever, and a request sent on one Next had just closed got a 502.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 60_000 });
  const stats = { hits: 0, misses: 0, notModified: 0, passed: 0 };

  const fresh = (entry: Entry) => entry.tags.every(([tag, v]) => versions.current(tag) === v);

  /** Headers an answer leaves with: the security set, a CSP, and the caching a reader (or a CDN) may do. */
  function outgoing(base: [string, string][], extra: OutgoingHttpHeaders, csp: string): OutgoingHttpHeaders {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of base) {
      const known = headers[name];
      headers[name] = known === undefined ? value : ([] as string[]).concat(known as string | string[], value);
    }
    for (const [name, value] of SECURITY_HEADERS) headers[name] = value;
    headers['content-security-policy'] = csp;
    return { ...headers, ...extra };
  }

  const PUBLIC = `public, max-age=0, s-maxage=${sMaxAge}, stale-while-revalidate=${swr}`;
  function cacheControl(entry: Entry, req: IncomingMessage) {
    if (entry.scope === 'immutable') return 'public, max-age=31536000, immutable';
    if (entry.scope === 'shared' && !credentialed(req)) return PUBLIC;
    return 'private, no-cache';
  }

  function serve(entry: Entry, req: IncomingMessage, res: ServerResponse, status: string) {
    const encoding = encodingFor(req);
    const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : null;
    const chosen = body ? encoding : 'identity';
    const etag = entry.etag[chosen];
    const vary = entry.scope === 'anonymous' || entry.scope === 'session' ? 'Accept-Encoding, Cookie' : 'Accept-Encoding';
    const caching = { etag, vary, 'cache-control': cacheControl(entry, req), 'cache-status': status };
    // A 304 carries what updates the stored answer (RFC 9110 §15.4.5); the rest, its security headers too, stays as stored.
    if (matches(req.headers['if-none-match'], etag)) {
      stats.notModified++;
      res.writeHead(304, caching);
      return res.end();
    }
    const bytes = body ?? entry.body;
    const headers = [...entry.sent, 'etag', etag, 'vary', vary, 'cache-control', caching['cache-control'], 'cache-status', status, 'content-length', String(bytes.length)];
    if (chosen !== 'identity') headers.push('content-encoding', chosen);
    res.writeHead(entry.status, headers);
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  function entryOf(originRes: IncomingMessage, body: Buffer, declaration: Declaration | null): Entry {
    const text = TEXT.test(String(originRes.headers['content-type'] ?? ''));
    const gzip = text && body.length > 256 ? gzipSync(body, { level: 9 }) : null;
    const br = text && body.length > 256 ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }) : null;
    const identity = strongTag(body);
    return {
      status: originRes.statusCode ?? 200,
      sent: flat(outgoing(keptHeaders(originRes.headers), {}, cspOf(originRes.headers['content-type'], body))),
      body,
      gzip,
      br,
      etag: { identity, gzip: identity.replace(/"$/, '-gz"'), br: identity.replace(/"$/, '-br"') },
      scope: declaration?.scope ?? 'immutable',
      tags: declaration?.tags ?? [],
      until: declaration?.until,
      size: body.length + (gzip?.length ?? 0) + (br?.length ?? 0),
    };
  }

  /** The answer's CSP: HTML gets the hashes of its own inline scripts. */
  const cspOf = (contentType: string | undefined, body: Buffer | null) =>
    String(contentType ?? '').startsWith('text/html') && body ? contentSecurityPolicy(body.toString('utf8')) : NON_HTML_CSP;

  /** Whether an answer may be kept, and under which key: a session's own answer under its cookie too. */
  function keyFor(declaration: Declaration | null, originRes: IncomingMessage, req: IncomingMessage, key: string | null, sessionKey: string | null) {
    // An answer already encoded is not kept: the front keeps bodies as they are and encodes them itself.
    if (key === null || originRes.statusCode !== 200 || originRes.headers['set-cookie'] || originRes.headers['content-encoding']) return null;
    if (declaration === null) return immutable(originRes) ? key : null;
    if (declaration.scope === 'session') return sessionKey;
    return declaration.scope === 'shared' || !credentialed(req) ? key : null;
  }

  function forward(req: IncomingMessage, res: ServerResponse, key: string | null, sessionKey: string | null, fetched: Fetched = 'miss') {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) if (!HOP.has(name) && !name.startsWith('x-forwarded-')) headers[name] = value;
    const client = clientAddress(req.socket.remoteAddress ?? '', req.headers['x-forwarded-for'], trust);
    headers['x-forwarded-for'] = client;
    headers['x-forwarded-proto'] = trust.isTrusted(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers.host = req.headers.host ?? `${options.origin.host}:${options.origin.port}`;
    // The front compresses what it sends (it reads HTML whole for its CSP); Next's compression would only be undone here.
    headers['accept-encoding'] = 'identity';
    const upstream = http.request({ ...options.origin, method: req.method, path: req.url, headers, agent }, (originRes) => {
      // Next refuses a write (an oversize body: 413) without reading its body and then closes the
      // connection: sent on it, the next request would be reset. Such a connection is not reused.
      if (!req.complete || (req.method !== 'GET' && req.method !== 'HEAD' && (originRes.statusCode ?? 500) >= 400)) upstream.shouldKeepAlive = false;
      // HTML is read whole, for its CSP's hashes; other answers that cannot be kept stream through.
      if (!key && !String(originRes.headers['content-type'] ?? '').startsWith('text/html')) return pipeThrough(req, res, originRes);
      const chunks: Buffer[] = [];
      originRes.on('data', (chunk: Buffer) => chunks.push(chunk));
      originRes.on('end', () => {
        const body = Buffer.concat(chunks);
        const declaration = declarationOf(originRes, body);
        const storeKey = keyFor(declaration, originRes, req, key, sessionKey);
        if (storeKey === null) return passBuffered(req, res, originRes, body);
        const entry = entryOf(originRes, body, declaration);
        // Only an entry built at the current versions may be kept; an older one is served once.
        const kept = fresh(entry);
        if (kept) store.set(storeKey, entry);
        stats.misses++;
        serve(entry, req, res, cacheStatus(fetched, kept));
      });
    });
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', ...Object.fromEntries(SECURITY_HEADERS) });
      res.end(`The app is not answering (${error.message}).`);
    });
    req.pipe(upstream);
  }

  /** After a write, versions are brought up to date before its answer goes out: the writer's next read sees it. */
  const settled = (req: IncomingMessage) =>
    req.method === 'GET' || req.method === 'HEAD' ? Promise.resolve() : new Promise<void>((synced) => synced(versions.sync())).catch(() => {});

  /** An answer that streams (Next's client-navigation payloads, files): headers and body as they come, plus ours; text compressed on the way. */
  function pipeThrough(req: IncomingMessage, res: ServerResponse, originRes: IncomingMessage) {
    stats.passed++;
    const headers = outgoing(keptHeadersWithCaching(originRes), {}, NON_HTML_CSP);
    const encoding = encodingFor(req);
    const compress = encoding !== 'identity' && !originRes.headers['content-encoding'] && TEXT_STREAM.test(String(originRes.headers['content-type'] ?? ''));
    if (compress) {
      headers['content-encoding'] = encoding;
      headers.vary = [headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
    }
    void settled(req).then(() => {
      res.writeHead(originRes.statusCode ?? 502, headers);
      if (!compress) return void originRes.pipe(res);
      const stream = encoding === 'br' ? createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : createGzip({ level: 6 });
      // Flush as Next streams, so a streamed answer reaches the browser as it is written.
      originRes.on('data', (chunk: Buffer) => (stream.write(chunk), stream.flush()));
      originRes.on('end', () => stream.end());
      stream.pipe(res);
    });
  }

  /** An answer read whole but not kept: Next's own caching headers stay; text is compressed if the client takes it. */
  function passBuffered(req: IncomingMessage, res: ServerResponse, originRes: IncomingMessage, body: Buffer | null) {
    stats.passed++;
    const headers = outgoing(keptHeadersWithCaching(originRes), {}, cspOf(originRes.headers['content-type'], body));
    let bytes = body;
    const encoding = encodingFor(req);
    if (body && encoding !== 'identity' && !originRes.headers['content-encoding'] && body.length > 1024 && TEXT.test(String(originRes.headers['content-type'] ?? ''))) {
      bytes = encoding === 'br' ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : gzipSync(body, { level: 6 });
      headers['content-encoding'] = encoding;
      headers.vary = [headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
    }
    if (bytes) headers['content-length'] = bytes.length;
    void settled(req).then(() => {
      res.writeHead(originRes.statusCode ?? 502, headers);
      res.end(req.method === 'HEAD' ? undefined : (bytes ?? undefined));
    });
  }

  /** An answer passed through keeps every header of the app's but the hop-by-hop ones and our declaration. */
  function keptHeadersWithCaching(originRes: IncomingMessage): [string, string][] {
    const headers = keptHeaders(originRes.headers);
    for (const name of OWN) {
      const value = originRes.headers[name];
      if (value) headers.push([name, String(value)]);
    }
    return headers;
  }

  /** An API path that does not decode names nothing: 400, before Next (whose routing would fail on it with a 500). */
  async function refuseMalformed(res: ServerResponse) {
    const refusal = errorResponse(new DomainError('bad_request', 'path: malformed percent-encoding'));
    const body = Buffer.from(await refusal.arrayBuffer());
    res.writeHead(refusal.status, outgoing([], { 'content-type': 'application/json', 'content-length': body.length }, NON_HTML_CSP));
    res.end(body);
  }

  /** A kept answer, or the app asked; synchronous when the versions and sessions are (SQLite), so a hit awaits nothing. */
  function handle(req: IncomingMessage, res: ServerResponse): void | Promise<void> {
    // Only an API path is split and decoded here, on every request: pages leave it to Next's proxy.
    if (req.url?.startsWith('/api/') && hasMalformedEscape(req.url.split('?')[0])) return refuseMalformed(res);
    if (!cacheable(req)) return forward(req, res, null, null);
    const key = `${req.headers.host ?? ''}${req.url}`;
    const synced = versions.sync();
    return synced ? synced.then(() => fromStore(req, res, key)) : fromStore(req, res, key);
  }

  function fromStore(req: IncomingMessage, res: ServerResponse, key: string): void | Promise<void> {
    const { sessions } = options;
    // A request signed by an API token never uses what was kept for a session.
    const session = sessions && req.headers.authorization === undefined ? sessionCookie(req.headers.cookie) : null;
    const sessionKey = session ? `${key} ${session.cookie}` : null;
    const entry = store.get(key);
    if (entry && (entry.scope === 'shared' || !credentialed(req))) {
      if (fresh(entry)) return hit(entry, req, res);
      store.delete(key);
      return forward(req, res, key, sessionKey, 'stale');
    }
    // An anonymous reader's copy at the same URL does not hide what was kept for this session.
    if (!sessions || !session || !sessionKey) return forward(req, res, key, null);
    const own = store.get(sessionKey);
    if (!own) return forward(req, res, key, sessionKey);
    const served = (stands: boolean) => {
      if (stands) return hit(own, req, res);
      store.delete(sessionKey);
      forward(req, res, key, sessionKey, 'stale');
    };
    // Until the app wants the session back (to extend it), while it stands: sign-out ends it at once.
    if (!fresh(own) || Date.now() >= (own.until ?? 0)) return served(false);
    const stands = sessions.stands(session.token);
    return typeof stands === 'boolean' ? served(stands) : stands.then(served);
  }

  function hit(entry: Entry, req: IncomingMessage, res: ServerResponse) {
    stats.hits++;
    serve(entry, req, res, cacheStatus(null));
  }

  const failed = (res: ServerResponse) => (error: Error) => {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Internal error (${error.message}).`);
  };
  const server = http.createServer((req, res) => {
    try {
      handle(req, res)?.catch(failed(res));
    } catch (error) {
      failed(res)(error as Error);
    }
  });
  server.keepAliveTimeout = 65_000;
  return { server, store, stats, close: () => (agent.destroy(), Promise.all([options.sessions?.close(), versions.close()])) };
}
