import 'server-only';
import { parseRole, type Role } from '@/lib/auth/role';
import { auth } from './index';

/** Who is asking, and how the request proved it. */
export type Viewer = { id: string; name: string; email: string; role: Role; via: 'session' | 'token' };

/** The signed-in reader of a request (its session cookie), or null for an anonymous one. */
export async function getViewer(headers: Headers): Promise<Viewer | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: parseRole(role), via: 'session' };
}

/** The viewer of an API request. */
export const requestViewer = (request: Request): Promise<Viewer | null> => getViewer(request.headers);
