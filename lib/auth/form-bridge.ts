// Forms post to server actions, and server actions could call `auth.api.*`; but only requests that
// pass through `auth.handler` meet the rate limiter. So a form's credentials go to the handler as
// the JSON request a browser script would have sent, carrying the browser's own headers.

// What the endpoints read: the client IP (rate limit, session record), the origin and fetch
// metadata (CSRF checks), the session cookie, the user agent (session record).
const FORWARDED = ['cookie', 'origin', 'referer', 'user-agent', 'x-forwarded-for', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest'];

// No outcome says an email is taken: sign-up answers alike either way (lib/server/auth/config.ts).
export type FormOutcome = 'ok' | 'credentials' | 'rateLimited' | 'failed';

/**
 * The site's origin: BETTER_AUTH_URL when set, else the address the form was posted to (its Host),
 * which better-auth then requires the browser's Origin to match.
 */
function siteOrigin(incoming: Headers, baseURL: string | undefined): string {
  if (baseURL) return baseURL;
  const proto = incoming.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${incoming.get('host') ?? 'localhost'}`;
}

/** A POST to `/api/auth{endpoint}` with a JSON body, on behalf of the request with headers `incoming`. */
export function authRequest(endpoint: `/${string}`, body: Record<string, unknown>, incoming: Headers, baseURL?: string): Request {
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const name of FORWARDED) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Request(new URL(`/api/auth${endpoint}`, siteOrigin(incoming, baseURL)), { method: 'POST', headers, body: JSON.stringify(body) });
}

/** What a form shows for the handler's answer. */
export function formOutcome(response: Response): FormOutcome {
  if (response.ok) return 'ok';
  if (response.status === 429) return 'rateLimited';
  if (response.status === 401) return 'credentials';
  return 'failed';
}
