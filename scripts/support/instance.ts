import { spawn } from 'node:child_process';
import path from 'node:path';
import { proxyTrust } from '@/lib/front/client-address';
import { createFront } from '@/lib/front/server';
import { sessionCheckFor } from '@/lib/front/sessions';
import { tagVersionsFor } from '@/lib/front/versions';
import { untilAnswering } from './answering';
import { registerServer } from './build';
import { freePort } from './ports';

const ROOT = path.resolve(import.meta.dirname, '../..');

export type InstanceOptions = {
  port: number;
  databaseUrl: string;
  /** The build to serve (ensureBuild's answer). */
  distDir: string;
  trustedProxies?: readonly string[];
  quiet?: boolean;
  /** Extra environment for Next (tests). */
  env?: Record<string, string>;
};

/**
 * `next start` serving `distDir` on a loopback port of its own, in its own process group; resolves
 * once it answers. The front (runInstance) stands before it; a benchmark may also ask it directly.
 */
export async function startNext(options: Pick<InstanceOptions, 'databaseUrl' | 'distDir' | 'quiet' | 'env'>) {
  const port = await freePort();
  const unregister = registerServer(path.join(ROOT, options.distDir));
  const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'],
    env: { ...process.env, ...options.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: options.databaseUrl, DUIZHAO_DIST_DIR: options.distDir },
    detached: true, // its own process group, so stop() ends npx and next together
  });
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    unregister();
  };
  try {
    await untilAnswering(`http://127.0.0.1:${port}/api/v1/me`, child);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, child, stop };
}

/**
 * One app instance: Next on a loopback port of its own, serving `distDir`, and the caching front
 * (lib/front/server.ts) on `port` in this process. Resolves once both answer; `stop` ends both.
 */
export async function runInstance(options: InstanceOptions) {
  const next = await startNext(options);
  const nextPort = next.port;
  // Next runs in ROOT, so a relative SQLite path names a file there.
  const databaseUrl = options.databaseUrl.replace(/^file:(?!\/)/, `file:${ROOT}/`);
  const front = createFront({
    origin: { host: '127.0.0.1', port: nextPort },
    versions: tagVersionsFor(databaseUrl),
    sessions: sessionCheckFor(databaseUrl),
    trust: proxyTrust(options.trustedProxies ?? []),
  });
  await new Promise<void>((resolve, reject) => front.server.once('error', reject).listen(options.port, resolve));
  const stop = async () => {
    // Idle keep-alive connections would hold close() open for a minute.
    front.server.closeIdleConnections();
    await new Promise((resolve) => front.server.close(resolve));
    front.close();
    next.stop();
  };
  next.child.on('exit', (code) => {
    if (front.server.listening) {
      console.error(`next start exited (${code}); stopping.`);
      void stop().then(() => process.exit(code ?? 1));
    }
  });
  return { port: options.port, nextPort, front, stop };
}
