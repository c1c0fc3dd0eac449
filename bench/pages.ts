// `npx tsx bench/pages.ts`: how big the anonymous reader page is (issue 9 item 5, "Smaller pages").
// The HTML as a reader without a cookie gets it (uncompressed), split into React's flight payload
// (the `self.__next_f.push` scripts) and the rest; and every script Chromium loads for it, each
// with its gzip size (zlib's default level), so our own chunks can be told from the framework's.
// No load: one request per view, on the current sources' build.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuild } from '../scripts/support/build';
import { prepareDatabase } from '../scripts/support/prepare';
import { startServer } from '../scripts/support/serve';
import { launch } from '../tests/e2e/browser-path';

const SLUG = '2024-03-08-shandong-new-industrialization';
const OUT = path.resolve(import.meta.dirname, '.out-pages');
// PAGES_SAVE=DIR keeps each page's HTML there, to look into.
const SAVE = process.env.PAGES_SAVE;
const reader = (pinyin: string, tones = 'plain') => `/en/releases/${SLUG}?script=hant&layout=side&pinyin=${pinyin}&tones=${tones}&lookup=off`;
const VIEWS = [
  ['plain', reader('off')],
  ['pinyin ruby', reader('marks')],
  ['pinyin ruby, tone colours', reader('marks', 'colour')],
] as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (b: Buffer | string) => gzipSync(b).length;

/** The page's flight payload: the scripts React's server render streams after the HTML. */
const flight = (html: string) => [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[0]);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
if (SAVE) mkdirSync(SAVE, { recursive: true });
const url = `file:${path.join(OUT, 'bench.db')}`;
await prepareDatabase(url, { quiet: true });
const distDir = ensureBuild({ quiet: true });
const server = await startServer(url, distDir);
const browser = await launch();
try {
  for (const [name, target] of VIEWS) {
    const response = await fetch(server.baseURL + target, { headers: { 'accept-encoding': 'identity' } });
    const html = await response.text();
    const bytes = Buffer.byteLength(html);
    const scripts = flight(html);
    const payload = scripts.reduce((n, s) => n + Buffer.byteLength(s), 0);
    console.log(`${name}: ${target}`);
    console.log(`  HTML ${kb(bytes)} (gzip ${kb(gz(html))}); flight payload ${kb(payload)} in ${scripts.length} scripts; the rest ${kb(bytes - payload)}`);
    if (SAVE) writeFileSync(path.join(SAVE, `${name.replace(/\W+/g, '-')}.html`), html);
  }
  const page = await (await browser.newContext({ baseURL: server.baseURL })).newPage();
  const js = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') pending.push(r.body().then((b) => void js.set(new URL(r.url()).pathname, b)));
  });
  await page.goto(VIEWS[0][1], { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const rows = [...js].map(([p, b]) => ({ name: path.basename(p), raw: b.length, gzip: gz(b) })).sort((a, b) => b.gzip - a.gzip);
  console.log(`JavaScript (plain view): ${rows.length} scripts, ${kb(rows.reduce((n, r) => n + r.raw, 0))} raw, ${kb(rows.reduce((n, r) => n + r.gzip, 0))} gzip`);
  for (const r of rows) console.log(`  ${r.name.padEnd(24)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(9)} gzip`);
} finally {
  await browser.close();
  server.stop();
  rmSync(OUT, { recursive: true, force: true });
}
