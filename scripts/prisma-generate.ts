// `prisma generate` without network (run by postinstall). Every Prisma CLI command first fetches
// its schema-engine binary from a host these machines cannot reach, unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file; `generate` never runs that file, so any
// non-executable file will do (were it ever run, it fails loudly instead of doing something else).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const prismaDir = path.dirname(createRequire(import.meta.url).resolve('prisma/package.json'));
const result = spawnSync(process.execPath, [path.join(prismaDir, 'build/index.js'), 'generate'], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(prismaDir, 'package.json'),
    CHECKPOINT_DISABLE: '1', // no update check over the network
  },
});

if (result.status !== 0) {
  const why = result.error?.message ?? `exit code ${result.status ?? result.signal}`;
  console.error(`\nprisma generate failed (${why}): the Prisma client in lib/generated/prisma is missing or stale.`);
  process.exit(1);
}
