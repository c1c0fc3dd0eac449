import 'server-only';
import { getSessionCookie } from 'better-auth/cookies';
import { parseRole, type Role } from '@/lib/auth/role';
import { unextendedUntil } from '@/lib/auth/session';
import { bearerToken } from '@/lib/auth/tokens';
import { auth } from './index';
import { tokenViewer } from './tokens';

/**
 * Who is asking, and how the request proved it; for a session, until when (ms since the epoch) it
 * stands without better-auth extending it, which is as long as anything may be kept for it.
 */
export type Viewer = { id: string; name: string; email: string; role: Role } & ({ via: 'session'; until: number } | { via: 'token' });

/** The signed-in reader of a request (its session cookie), or null for an anonymous one. */
export async function getViewer(headers: Headers): Promise<Viewer | null> {
  // No session cookie at all (under either of better-auth's names): better-auth would find no one
  // either, and asking it still costs a request about 0.7 ms of CPU (bench/notes.ts's floor rows).
  if (!getSessionCookie(headers)) return null;
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: parseRole(role), via: 'session', until: unextendedUntil(new Date(session.session.expiresAt)) };
}

/**
 * The viewer of an API request: a personal API token (`Authorization: Bearer dz_…`, which a
 * cross-site page cannot send) or else the session cookie. A token that is not valid is no one,
 * never the cookie's reader instead.
 */
export async function requestViewer(request: Request): Promise<Viewer | null> {
  const header = request.headers.get('authorization');
  if (header === null) return getViewer(request.headers);
  const token = bearerToken(header);
  return token ? tokenViewer(token) : null;
}
