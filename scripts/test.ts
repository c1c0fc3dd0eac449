// `npm test`: the lint (ESLint with zero warnings, Prettier), then unit, integration (real SQLite
// files and a real PostgreSQL server) and end-to-end (real Chromium) tests. With arguments (files,
// --project …) it runs only the tests they name.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../tests/e2e/browser-path';

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install Debian's package first:\n  sudo apt-get update && sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the end-to-end tests…");
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

ensureChromium();
const args = process.argv.slice(2);
if (!args.length) {
  const lint = spawnSync('npm', ['run', '--silent', 'lint'], { stdio: 'inherit' });
  if (lint.status !== 0) process.exit(lint.status ?? 1);
}
const result = spawnSync('npx', ['vitest', 'run', ...args], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
