import { userTag } from '@/lib/cache/tags';
import type { Role } from '@/lib/auth/role';
import type { PrismaClient } from './client';
import { bumpTags } from './view-versions';

/**
 * Gives the accounts `role`, and bumps their tags in the same transaction: what was kept for their
 * sessions (the front keeps each session's `/api/v1/me`) is then out of date at once.
 */
export async function setRole(prisma: PrismaClient, where: { email: string } | { name: string }, role: Role): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const users = await tx.user.findMany({ where, select: { id: true } });
    await tx.user.updateMany({ where, data: { role } });
    await bumpTags(
      tx,
      users.map((u) => userTag(u.id)),
    );
    return users.length;
  });
}
