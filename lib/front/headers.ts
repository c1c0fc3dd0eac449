// What the front reads from a request and from the app's answer, as plain functions of their headers.
import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { CACHE_HEADER, pageDeclaration, parseDeclaration, type Declaration } from './declaration';
import { SESSION_COOKIE } from './sessions';

// Hop-by-hop headers (RFC 9110 §7.6.1) and what the front sets itself.
export const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host', 'content-length']);
// What the front says of every answer it serves from memory, whatever the app said.
export const OWN = new Set(['cache-control', 'vary', 'etag', 'cache-status', 'content-encoding']);
export const TEXT = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/;
// What may be compressed on the fly: text, but not an event stream, whose events must not wait in a buffer.
export const TEXT_STREAM = /^(text\/(?!event-stream)|application\/(json|javascript))/;

/** A request the front may answer from cache: a plain GET or HEAD, not one of Next's client-navigation fetches. */
export const cacheable = (req: IncomingMessage) =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  !req.headers.rsc &&
  !req.headers['next-router-prefetch'] &&
  !req.headers['next-router-state-tree'] &&
  !req.url?.includes('_rsc=');

/** A request that speaks for someone: a session cookie or an API token. */
export const credentialed = (req: IncomingMessage) => SESSION_COOKIE.test(req.headers.cookie ?? '') || req.headers.authorization !== undefined;

export type Encoding = 'br' | 'gzip' | 'identity';
export function encodingFor(req: IncomingMessage): Encoding {
  const accept = String(req.headers['accept-encoding'] ?? '');
  return /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
}

// RFC 9211's Cache-Status, so an operator (and a test) can tell a hit from a fetch: `hit`, or why the app was asked.
const CACHE_NAME = 'duizhao';
export type Fetched = 'miss' | 'stale';
export const cacheStatus = (fetched: Fetched | null, stored = false) => (fetched ? `${CACHE_NAME}; fwd=${fetched}${stored ? '; stored' : ''}` : `${CACHE_NAME}; hit`);

export const strongTag = (body: Buffer, suffix = '') => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}${suffix}"`;

/** Whether If-None-Match names `etag` (a weak comparison, as RFC 9110 asks for GET). */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header === etag) return true;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === opaque);
}

/** The headers of an origin answer worth keeping, lower-cased, without hop-by-hop ones, our declaration, or what the front sets itself. */
export function keptHeaders(headers: http.IncomingHttpHeaders): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP.has(name) || name === CACHE_HEADER || OWN.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) kept.push([name, v]);
  }
  return kept;
}

/** Headers as a flat name, value, name, value… list (a repeated header once per value), as writeHead takes them. */
export const flat = (headers: OutgoingHttpHeaders) =>
  Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => [name, String(v)]));

export function declarationOf(res: IncomingMessage, body: Buffer): Declaration | null {
  const header = res.headers[CACHE_HEADER];
  if (header) return parseDeclaration(String(header));
  return String(res.headers['content-type'] ?? '').startsWith('text/html') ? pageDeclaration(body.toString('utf8', 0, 16_384)) : null;
}

/** Next's own immutable files (hashed names): cached for good, no tags. */
export const immutable = (res: IncomingMessage) => /\bimmutable\b/.test(String(res.headers['cache-control'] ?? '')) && res.statusCode === 200;
