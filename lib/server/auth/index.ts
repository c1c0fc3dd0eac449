import 'server-only';
import { prisma } from '@/lib/db';
import { createAuth } from './config';

export const auth = createAuth(prisma);
