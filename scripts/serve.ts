// Serves a build: Next on loopback and the caching front on PORT (see scripts/support/instance.ts).
// Usage: DUIZHAO_DIST_DIR=.builds/<hash> tsx scripts/serve.ts; npm start prepares and builds first.
import { env } from '@/lib/env';
import { runInstance } from './support/instance';

const distDir = process.env.DUIZHAO_DIST_DIR;
if (!distDir) {
  console.error('DUIZHAO_DIST_DIR must name a build (npm start makes one)');
  process.exit(2);
}
const instance = await runInstance({ port: env.PORT, databaseUrl: env.DATABASE_URL, distDir, trustedProxies: env.TRUSTED_PROXIES });
console.log(`Serving on http://localhost:${env.PORT}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void instance.stop().then(() => process.exit(0)));
