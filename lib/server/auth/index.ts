import 'server-only';
import { db } from '@/lib/server/db';
import { createAuth } from './config';

export const auth = createAuth(db);
