// `npm start`: prepare the database (create, migrate, seed), build the current sources (once per
// set of sources, into a directory of its own), serve them on PORT.
import { env } from '@/lib/env';
import { ensureBuild } from './support/build';
import { runInstance } from './support/instance';
import { prepareDatabase } from './support/prepare';

await prepareDatabase(env.DATABASE_URL);
const distDir = ensureBuild({ force: process.argv.includes('--rebuild') });
const instance = await runInstance({ port: env.PORT, databaseUrl: env.DATABASE_URL, distDir, trustedProxies: env.TRUSTED_PROXIES });
console.log(`Serving on http://localhost:${env.PORT} (the build in ${distDir})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void instance.stop().then(() => process.exit(0)));
