import 'server-only';
import { env } from '@/lib/env';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';

// One client per server process; dev-mode hot reloads would otherwise open a new one each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
