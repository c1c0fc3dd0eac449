import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * A strict Content-Security-Policy for one HTML answer: scripts only from this origin and the
 * inline scripts this very answer holds, each by its SHA-256 (Next writes its bootstrap and its
 * React payload inline). Hashes, not a nonce, because the same bytes are served from cache to
 * every reader and revalidated with a 304: a nonce would have to change per response. Styles may be
 * inline (React sets style attributes); nothing may frame the page.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) hashes.add(`'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every answer carries, page or API. */
export const SECURITY_HEADERS: readonly [string, string][] = [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['x-frame-options', 'DENY'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['cross-origin-opener-policy', 'same-origin'],
];

/** The CSP for answers that are not HTML (JSON, files): nothing may run or frame them. */
export const NON_HTML_CSP = "default-src 'none'; frame-ancestors 'none'";
