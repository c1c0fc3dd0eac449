import { spawn } from 'node:child_process';
import path from 'node:path';
import { untilAnswering } from './answering';
import { freePort } from './ports';

const ROOT = path.resolve(import.meta.dirname, '../..');
export { freePort };

/**
 * Serves a build as `npm start` does (Next behind the caching front), in a process of its own so
 * a test or a benchmark in this one does not share its event loop; resolves once it answers.
 */
export async function startServer(url: string, distDir: string, { quiet = true, env = {} as Record<string, string> } = {}) {
  const port = await freePort();
  const server = spawn('npx', ['tsx', 'scripts/serve.ts'], {
    cwd: ROOT,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    env: { ...process.env, ...env, DATABASE_URL: url, PORT: String(port), DUIZHAO_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  try {
    await untilAnswering(`${baseURL}/api/v1/releases`, server, { ready: (response) => response.ok });
  } catch (error) {
    stop();
    throw error;
  }
  return { baseURL, port, stop, pid: server.pid! };
}
