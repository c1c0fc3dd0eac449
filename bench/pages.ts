// `npx tsx bench/pages.ts`: how big the anonymous reader page is (issue 9 item 5, "Smaller pages").
// The HTML as a reader without a cookie gets it (uncompressed), split into React's flight payload
// (the `self.__next_f.push` scripts) and the rest; and every script Chromium loads for it, each
// with its gzip size (zlib's default level), so our own chunks can be told from the framework's.
// The baseline is the smallest App Router page Next 16 ships: a layout and one <p>, built in the
// same run with this checkout's node_modules, loaded the same way. No load: one request per view.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { ensureBuild } from '../scripts/support/build';
import { untilAnswering } from '../scripts/support/answering';
import { prepareDatabase } from '../scripts/support/prepare';
import { freePort, startServer } from '../scripts/support/serve';
import { launch } from '../tests/e2e/browser-path';
import { writeSection } from './results';

const SLUG = '2024-03-08-shandong-new-industrialization';
const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.resolve(import.meta.dirname, '.out-pages');
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');
// PAGES_SAVE=DIR keeps each page's HTML there, to look into.
const SAVE = process.env.PAGES_SAVE;
const reader = (pinyin: string, tones = 'plain') => `/en/releases/${SLUG}?script=hant&layout=side&pinyin=${pinyin}&tones=${tones}&lookup=off`;
const VIEWS = [
  ['plain', reader('off'), '≤ 120 KB'],
  ['pinyin ruby', reader('marks'), '≤ 350 KB'],
  ['pinyin ruby, tone colours', reader('marks', 'colour'), ''],
] as const;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (b: Buffer | string) => gzipSync(b).length;

/** The page's flight payload: the scripts React's server render streams after the HTML. */
const flight = (html: string) => [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[0]);

/** Every script Chromium loads for a page, by file name, with raw and gzip bytes. */
async function scriptsOf(browser: Browser, url: string) {
  const page = await (await browser.newContext()).newPage();
  const js = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') pending.push(r.body().then((b) => void js.set(new URL(r.url()).pathname, b)));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await page.context().close();
  const rows = [...js].map(([p, b]) => ({ name: path.basename(p), raw: b.length, gzip: gz(b) })).sort((a, b) => b.gzip - a.gzip);
  return { rows, raw: rows.reduce((n, r) => n + r.raw, 0), gzip: rows.reduce((n, r) => n + r.gzip, 0) };
}

/** The empty App Router page: built under OUT (so it resolves this checkout's node_modules) and served by `next start`. */
async function emptyPage(browser: Browser) {
  const dir = path.join(OUT, 'empty');
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  // Next looks for its config upwards from the app: without one of its own it would take this repository's.
  writeFileSync(path.join(dir, 'next.config.mjs'), 'export default {};\n');
  writeFileSync(path.join(dir, 'app/layout.jsx'), 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n');
  writeFileSync(path.join(dir, 'app/page.jsx'), 'export default function Page() {\n  return <p>Empty.</p>;\n}\n');
  execFileSync('node', [NEXT, 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const port = await freePort();
  const next = spawn('node', [NEXT, 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: dir, stdio: 'ignore' });
  try {
    await untilAnswering(`http://127.0.0.1:${port}/`, next);
    return await scriptsOf(browser, `http://127.0.0.1:${port}/`);
  } finally {
    next.kill();
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
if (SAVE) mkdirSync(SAVE, { recursive: true });
const url = `file:${path.join(OUT, 'bench.db')}`;
await prepareDatabase(url, { quiet: true });
const distDir = ensureBuild({ quiet: true });
const server = await startServer(url, distDir);
const browser = await launch();
const lines: string[] = [];
try {
  const html: string[] = [];
  for (const [name, target, goal] of VIEWS) {
    const response = await fetch(server.baseURL + target, { headers: { 'accept-encoding': 'identity' } });
    const text = await response.text();
    const bytes = Buffer.byteLength(text);
    const payload = flight(text).reduce((n, s) => n + Buffer.byteLength(s), 0);
    html.push(`| ${name} | ${kb(bytes)} | ${kb(gz(text))} | ${kb(payload)} | ${kb(bytes - payload)} | ${goal} |`);
    if (SAVE) writeFileSync(path.join(SAVE, `${name.replace(/\W+/g, '-')}.html`), text);
  }
  const ours = await scriptsOf(browser, server.baseURL + VIEWS[0][1]);
  const empty = await emptyPage(browser);
  lines.push(
    '## Page sizes: the anonymous reader page',
    '',
    `Command: \`npx tsx bench/pages.ts\`. Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, on the current sources' production build`,
    `(the front before \`next start\`, a SQLite file): the HTML as a reader without a cookie gets it, uncompressed; gzip by zlib at its default level; the flight payload`,
    "is React's `self.__next_f.push` scripts. Scripts as Chromium received them for the plain view; the baseline is an App Router page with nothing",
    "in it (a layout and one `<p>`), built in the same run by the same `next` from this checkout's node_modules and loaded the same way.",
    '',
    `Reader page: \`${VIEWS[0][1].replace(/pinyin=off/, 'pinyin=…')}\`. Sizes in KB.`,
    '',
    '| view | HTML | HTML gzip | flight payload | the rest | issue 9 target |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...html,
    '',
    '| JavaScript | scripts | raw KB | gzip KB | issue 9 target |',
    '| --- | ---: | ---: | ---: | --- |',
    `| baseline: an empty Next ${JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("next/package.json").version)'], { cwd: ROOT, encoding: 'utf8' }))} App Router page | ${empty.rows.length} | ${kb(empty.raw)} | ${kb(empty.gzip)} | |`,
    `| the reader page, plain | ${ours.rows.length} | ${kb(ours.raw)} | ${kb(ours.gzip)} | ≤ 120 KB gzip |`,
    '',
    `The reader's scripts beyond the empty page's: ${kb(ours.gzip - empty.gzip)} KB gzip. Every script of each:`,
    '',
    '| page | script | raw KB | gzip KB |',
    '| --- | --- | ---: | ---: |',
    ...empty.rows.map((r) => `| empty | ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
    ...ours.rows.map((r) => `| reader | ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
  );
} finally {
  await browser.close();
  server.stop();
  rmSync(OUT, { recursive: true, force: true });
}
writeSection(lines.join('\n'));
