import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Builds live in directories of their own, named by the sources they were built from. */
export const BUILDS = path.join(ROOT, '.builds');
// What a build is made from. Generated code is not a source (the Prisma client is made from prisma/schema.prisma).
const SOURCES = ['app', 'lib', 'i18n', 'messages', 'public', 'prisma/schema.prisma', 'proxy.ts', 'next.config.ts', 'global.ts', 'package-lock.json', 'tsconfig.json'];
const SKIP = new Set(['generated', 'node_modules']);
const COMPLETE = 'BUILD_COMPLETE';
const KEEP = 2;

function files(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p)
    .filter((name) => !SKIP.has(name) && !name.endsWith('.test.ts'))
    .sort()
    .flatMap((name) => files(path.join(p, name)));
}

/** A hash of every source file's path and bytes: the same sources always name the same build. */
export function sourceHash(root = ROOT): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((s) => files(path.join(root, s)))) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Servers running from a build (see registerServer); dead ones are forgotten. */
function serversOf(dir: string): number[] {
  const servers = path.join(dir, 'servers');
  if (!existsSync(servers)) return [];
  return readdirSync(servers)
    .map(Number)
    .filter((pid) => {
      if (alive(pid)) return true;
      rmSync(path.join(servers, String(pid)), { force: true });
      return false;
    });
}

/** Records that this process serves from `dir`, so no clean-up removes it meanwhile. */
export function registerServer(dir: string, pid = process.pid): () => void {
  mkdirSync(path.join(dir, 'servers'), { recursive: true });
  const file = path.join(dir, 'servers', String(pid));
  writeFileSync(file, '');
  return () => rmSync(file, { force: true });
}

/** Old builds nobody serves from go; the newest few stay for a quick switch back. */
function prune(current: string) {
  if (!existsSync(BUILDS)) return;
  const builds = readdirSync(BUILDS)
    .map((name) => path.join(BUILDS, name))
    .filter((dir) => dir !== current && existsSync(path.join(dir, COMPLETE)))
    .sort((a, b) => statSync(path.join(b, COMPLETE)).mtimeMs - statSync(path.join(a, COMPLETE)).mtimeMs);
  for (const dir of builds.slice(KEEP)) if (!serversOf(dir).length) rmSync(dir, { recursive: true, force: true });
}

/**
 * The production build of the current sources, as a directory relative to the repository (Next's
 * distDir): reused when one exists, else built into a new directory of its own. A build never
 * writes into a directory a running server uses, so rebuilding (an edit, `npm install`, a second
 * `npm start`) cannot leave a running server answering 404 for its own chunks. `force` builds
 * afresh into a directory no server uses.
 */
export function ensureBuild({ force = false, quiet = false } = {}): string {
  const hash = sourceHash();
  const built = existsSync(BUILDS) ? readdirSync(BUILDS).filter((name) => (name === hash || name.startsWith(`${hash}-`)) && existsSync(path.join(BUILDS, name, COMPLETE))) : [];
  if (built.length && !force) return path.relative(ROOT, path.join(BUILDS, built.sort().at(-1)!));
  // A directory of its own: an unfinished build of the same sources may still be running in another one.
  const dir = path.join(BUILDS, `${hash}-${Date.now().toString(36)}`);
  mkdirSync(dir, { recursive: true });
  if (!quiet) console.log(`Building the app into ${path.relative(ROOT, dir)} (next build)…`);
  const distDir = path.relative(ROOT, dir);
  // next build adds its distDir's types to tsconfig.json; the committed file stays as it is.
  const tsconfig = readFileSync(path.join(ROOT, 'tsconfig.json'));
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: ROOT,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DUIZHAO_DIST_DIR: distDir },
  });
  writeFileSync(path.join(ROOT, 'tsconfig.json'), tsconfig);
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`next build failed (exit ${result.status})`);
  }
  writeFileSync(path.join(dir, COMPLETE), `${hash}\n`);
  prune(dir);
  return distDir;
}
