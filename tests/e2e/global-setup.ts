import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuild } from '../../scripts/support/build';
import { prepareDatabase } from '../../scripts/support/prepare';
import { startServer } from '../../scripts/support/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    databaseURL: string;
    /** The build the server serves. */
    distDir: string;
  }
}

/** Builds the production app and serves it on a fresh SQLite file for the end-to-end tests. */
export default async function setup(project: TestProject) {
  const dir = path.resolve(import.meta.dirname, '../.tmp/e2e');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const url = `file:${path.join(dir, 'e2e.db')}`;
  await prepareDatabase(url, { quiet: true });
  const distDir = ensureBuild();
  // Sign-up is limited per client address: the tests' pages each send their own through the
  // front, which trusts X-Forwarded-For from loopback here only (TRUSTED_PROXIES).
  const { baseURL, stop } = await startServer(url, distDir, { quiet: false, env: { TRUSTED_PROXIES: '127.0.0.1,::1' } });
  project.provide('baseURL', baseURL);
  project.provide('databaseURL', url);
  project.provide('distDir', distDir);
  return stop;
}
