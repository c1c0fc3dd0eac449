/**
 * Whether a state-changing request comes from this site's own pages: its Origin must be the
 * origin it was sent to (scheme and Host, wherever the app is opened: localhost, 127.0.0.1, a LAN
 * address, the public name) or one configured as trusted, and Fetch Metadata, where the browser
 * sends it, must say same-origin. Another site, another port of this host (same site, not same
 * origin) and `Origin: null` are refused; so is a cookie-carrying request with no Origin at all,
 * which no current browser sends for a write (scripts use API tokens instead).
 */
export function isSameOrigin(request: Request, trusted: readonly string[] = []): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  return origin === requestOrigin(request) || trusted.includes(origin);
}

/** The origin a request was addressed to: its scheme and its Host header. */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host') ?? url.host;
  const proto = request.headers.get('x-forwarded-proto') === 'https' ? 'https' : url.protocol.replace(':', '');
  return `${proto}://${host}`;
}
