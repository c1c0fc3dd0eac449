// `npm run db:seed`: migrate and load content/ into DATABASE_URL (idempotent).
import { env } from '@/lib/env';
import { prepareDatabase } from './support/prepare';

await prepareDatabase(env.DATABASE_URL);
