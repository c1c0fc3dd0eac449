// A rebuild while a server runs (an edit, npm install, a second npm start) must not take the
// running server's files away: it builds into a directory of its own (scripts/support/build.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { ensureBuild } from '../../scripts/support/build';
import { baseURL, RELEASE } from './browser';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every file of Next's a page references: scripts, styles, preloads. */
async function assetsOf(page: string): Promise<string[]> {
  const html = await (await fetch(`${baseURL()}${page}`)).text();
  return [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]))];
}

test('a forced rebuild goes to a new directory, and the running server still serves every file its pages reference', { timeout: 240_000 }, async () => {
  const pages = ['/en', `/en/releases/${RELEASE}?script=hans&layout=side&pinyin=off&tones=plain&lookup=on`, '/en/glossary'];
  const before = (await Promise.all(pages.map(assetsOf))).flat();
  expect(before.length).toBeGreaterThan(5);
  const running = inject('distDir');
  const rebuilt = ensureBuild({ force: true, quiet: true });
  // The build blocked this process for longer than the server keeps an idle connection open: let
  // fetch's pool see those closes before it picks a connection again.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(rebuilt).not.toBe(running);
  expect(existsSync(path.join(ROOT, running, 'BUILD_ID'))).toBe(true);
  for (const asset of new Set(before)) {
    // On disk where the running server reads it (the front may also hold it in memory).
    expect(existsSync(path.join(ROOT, running, decodeURIComponent(asset.split('?')[0]).replace('/_next/', ''))), asset).toBe(true);
    expect((await fetch(`${baseURL()}${asset}`)).status, asset).toBe(200);
  }
  for (const page of pages) expect((await fetch(`${baseURL()}${page}`)).status, page).toBe(200);
});
