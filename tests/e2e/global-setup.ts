import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuild } from '../../scripts/support/build';
import { prepareDatabase } from '../../scripts/support/prepare';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, server: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not answer`);
}

/** Builds the production app and serves it on a fresh SQLite file for the end-to-end tests. */
export default async function setup(project: TestProject) {
  const dir = path.join(ROOT, 'tests/.tmp/e2e');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const url = `file:${path.join(dir, 'e2e.db')}`;
  await prepareDatabase(url, { quiet: true });
  ensureBuild();
  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '-p', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(`${baseURL}/api/v1/releases`, server);
  project.provide('baseURL', baseURL);
  return () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}
