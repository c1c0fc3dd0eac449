import { expect } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';

const PASSWORD = 'a long enough passphrase';

export { PASSWORD };

/**
 * Signs an account up through better-auth, as the sign-up page does, then in (sign-up itself signs
 * no one in), and returns its session cookie; with `role`, the account then gets that role. Call
 * after appDatabase(): better-auth's config is imported here, once the env points at the temp database.
 */
export async function signUp(prisma: PrismaClient, account: { name: string; email: string; role?: 'reader' | 'editor' }): Promise<string> {
  const { createAuth } = await import('@/lib/server/auth/config');
  const { name, email, role } = account;
  const auth = createAuth(prisma);
  expect((await auth.api.signUpEmail({ body: { email, password: PASSWORD, name }, asResponse: true })).status).toBe(200);
  if (role) await prisma.user.update({ where: { email }, data: { role } });
  const response = await auth.api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
