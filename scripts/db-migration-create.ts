// Usage: npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql for the change from the migrations'
// state to prisma/schema.prisma, like `prisma migrate dev --create-only`, but offline.
import { z } from 'zod';
import { createMigration } from '@/lib/db/migrate';

// Prisma's naming: lower-case words joined by underscores.
const nameSchema = z
  .string()
  .transform((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, ''))
  .pipe(z.string().min(1, 'a migration needs a name, e.g. add_glossary_notes').max(200));

const name = nameSchema.safeParse(process.argv[2] ?? '');
if (!name.success) {
  console.error(`Usage: npm run db:migration -- <name>  (${name.error.issues[0]?.message})`);
  process.exit(1);
}

const created = await createMigration(name.data);
if (created === null) {
  console.error('No change: prisma/schema.prisma already matches prisma/migrations/. Nothing created.');
  process.exit(1);
}
console.log(`Created prisma/migrations/${created}/migration.sql. Review it, then run npm run db:migrate.`);
