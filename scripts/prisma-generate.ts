// `prisma generate` without network (run by postinstall), for both providers: it first writes
// prisma/postgresql/schema.prisma from prisma/schema.prisma (lib/db/schema-source.ts), then
// generates the SQLite client (lib/generated/prisma) and the PostgreSQL one (lib/generated/prisma-pg).
// Every Prisma CLI command first fetches its schema-engine binary from a host these machines cannot
// reach, unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file; `generate` never runs that
// file, so any non-executable file will do (were it ever run, it fails loudly instead of doing
// something else).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresSchema } from '../lib/db/schema-source';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = path.join(root, 'prisma/schema.prisma');
const derived = path.join(root, 'prisma/postgresql/schema.prisma');
const text = postgresSchema(readFileSync(source, 'utf8'));
if (!existsSync(derived) || readFileSync(derived, 'utf8') !== text) writeFileSync(derived, text);

const prismaDir = path.dirname(createRequire(import.meta.url).resolve('prisma/package.json'));
for (const schema of [source, derived]) {
  const result = spawnSync(process.execPath, [path.join(prismaDir, 'build/index.js'), 'generate', '--schema', schema], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(prismaDir, 'package.json'),
      CHECKPOINT_DISABLE: '1', // no update check over the network
    },
  });
  if (result.status !== 0) {
    const why = result.error?.message ?? `exit code ${result.status ?? result.signal}`;
    console.error(`\nprisma generate failed for ${path.relative(root, schema)} (${why}): the Prisma clients in lib/generated/ are missing or stale.`);
    process.exit(1);
  }
}
