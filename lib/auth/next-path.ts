// A stand-in origin: resolving against it shows whether a value stays on this site.
const SITE = 'http://duizhao.invalid';

/**
 * The `?next=` target after signing in, or null when it is not a path on this site under one of
 * `locales` (`/en`, `/zh-Hant/releases/x?script=hk`). Returns the normalized form, so dot segments
 * and backslashes cannot climb out of the locale prefix after the check.
 */
export function safeNextPath(value: unknown, locales: readonly string[]): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  // Only a single leading slash: `//host` and `/\host` are protocol-relative URLs to browsers.
  if (!/^\/(?![/\\])/.test(value) || /[\\\p{Cc}]/u.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return null;
  }
  if (url.origin !== SITE) return null;
  const locale = url.pathname.split('/')[1];
  if (!locale || !locales.includes(locale)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
