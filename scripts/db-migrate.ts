// Usage: npm run db:migrate  (DATABASE_URL, default file:./data/duizhao.db)
// Applies pending prisma/migrations/ to the database, like `prisma migrate deploy`, but offline.
import { env } from '@/lib/env';
import { migrate } from '@/lib/db/migrate';

const started = performance.now();
const { applied } = await migrate(env.DATABASE_URL);
const ms = Math.round(performance.now() - started);
if (applied.length === 0) console.log(`${env.DATABASE_URL}: up to date (${ms} ms).`);
else console.log(`${env.DATABASE_URL}: applied ${applied.length} migration(s) in ${ms} ms:\n  ${applied.join('\n  ')}`);
