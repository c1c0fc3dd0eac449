import 'server-only';
import { auth } from './index';
import { parseRole, type Role } from './role';

export type Viewer = { id: string; name: string; email: string; role: Role };

/** Who is signing the request (from its session cookie), or null for an anonymous reader. */
export async function getViewer(headers: Headers): Promise<Viewer | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: parseRole(role) };
}
