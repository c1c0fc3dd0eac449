import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['app', 'lib', 'i18n', 'messages', 'proxy.ts', 'next.config.ts', 'global.ts', 'package-lock.json'];

function newestMtime(p: string): number {
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs);
}

/** Builds the production app unless a build newer than every source file exists. */
export function ensureBuild({ force = false } = {}): void {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  const sources = SOURCES.map((s) => path.join(ROOT, s)).filter((s) => existsSync(s) && !s.includes('generated'));
  if (!force && existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...sources.map(newestMtime))) return;
  console.log('Building the app (next build)…');
  const result = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}
