import { defineConfig } from 'prisma/config';

// Paths here resolve relative to this file (Prisma 7), the same as the app's default run from the
// repo root. Offline tooling (scripts/db-*.ts) reads the same locations; keep them in step.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/duizhao.db' },
});
