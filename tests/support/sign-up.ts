import { expect } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';

const PASSWORD = 'a long enough passphrase';

/**
 * Signs an account up through better-auth, as the sign-up page does, and returns its session
 * cookie; with `role`, the account then gets that role. Call after appDatabase(): better-auth's
 * config is imported here, once the env points at the temp database.
 */
export async function signUp(prisma: PrismaClient, account: { name: string; email: string; role?: 'reader' | 'editor' }): Promise<string> {
  const { createAuth } = await import('@/lib/server/auth/config');
  const { name, email, role } = account;
  const response = await createAuth(prisma).api.signUpEmail({ body: { email, password: PASSWORD, name }, asResponse: true });
  expect(response.status).toBe(200);
  if (role) await prisma.user.update({ where: { email }, data: { role } });
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
