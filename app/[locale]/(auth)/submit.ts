import 'server-only';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import { cookies, headers } from 'next/headers';
import { auth } from '@/lib/server/auth';
import { authRequest, formOutcome, type FormOutcome } from '@/lib/auth/form-bridge';

const baseURL = typeof auth.options.baseURL === 'string' ? auth.options.baseURL : undefined;

/**
 * Sends a form's credentials to better-auth through its HTTP handler (so the rate limiter counts
 * them) and, on success, passes the session cookie it sets on to the browser.
 */
export async function submitToAuth(endpoint: '/sign-in/email' | '/sign-up/email', body: Record<string, string>): Promise<FormOutcome> {
  const response = await auth.handler(authRequest(endpoint, body, await headers(), baseURL));
  const outcome = await formOutcome(response);
  if (outcome === 'ok') {
    const jar = await cookies();
    for (const [name, attributes] of parseSetCookieHeader(response.headers.get('set-cookie') ?? '')) {
      jar.set(name, attributes.value, toCookieOptions(attributes));
    }
  }
  return outcome;
}
