// `npm start`: prepare the database (create, migrate, seed), build when sources changed, serve.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { env } from '@/lib/env';
import { prepareDatabase } from './support/prepare';
import { ensureBuild } from './support/build';

const root = path.resolve(import.meta.dirname, '..');

await prepareDatabase(env.DATABASE_URL);
ensureBuild({ force: process.argv.includes('--rebuild') });
console.log(`Serving on http://localhost:${env.PORT}`);
const server = spawn('npx', ['next', 'start', '-p', String(env.PORT)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: env.DATABASE_URL },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
