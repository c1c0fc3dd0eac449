// `npm run bench` (part): what the study layer costs. The JavaScript a reader page ships with and
// without it (measured in Chromium, gzip), and the dictionary and reader under load (autocannon),
// each against a baseline measured in the same run.
import autocannon from 'autocannon';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { ensureBuild } from '../scripts/support/build';
import { prepareDatabase } from '../scripts/support/prepare';
import { startServer } from '../scripts/support/serve';
import { launch } from '../tests/e2e/browser-path';
import { writeSection } from './results';

const SLUG = '2024-03-08-shandong-new-industrialization';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const OUT = path.resolve(import.meta.dirname, '.out-study');
const reader = (query: string) => `/en/releases/${SLUG}?script=hant&${query}`;

const VIEWS = [
  ['study layer off (baseline)', reader('pinyin=off&lookup=off')],
  ['pinyin ruby + tone colours', reader('pinyin=marks&tones=colour&lookup=off')],
  ['pop-up dictionary on, pop-up opened', reader('pinyin=off&lookup=on')],
] as const;

type Loaded = { js: Map<string, Buffer>; html: Buffer };

/** Every script the page loads (after the pop-up opened, where it is on), and its HTML. */
async function shipped(page: Page, url: string, open: boolean): Promise<Loaded> {
  const js = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') pending.push(r.body().then((b) => void js.set(new URL(r.url()).pathname, b)));
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (open) {
    await page.locator('#p-lead .seg-text[tabindex="0"]').focus();
    await page.locator('.lookup-live:not(:empty)').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
  }
  await Promise.all(pending);
  return { js, html: await response!.body() };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (b: Buffer) => gzipSync(b).length;
const sum = (bufs: Iterable<Buffer>, size: (b: Buffer) => number) => [...bufs].reduce((n, b) => n + size(b), 0);

async function bundles(baseURL: string) {
  const browser = await launch();
  try {
    const rows = [];
    for (const [name, target] of VIEWS) {
      const page = await (await browser.newContext({ baseURL })).newPage();
      rows.push({ name, target, ...(await shipped(page, target, target.includes('lookup=on'))) });
      await page.context().close();
    }
    return rows;
  } finally {
    await browser.close();
  }
}

type LoadRow = { name: string; target: string; rps: number; p50: number; p99: number };

async function load(baseURL: string, targets: readonly (readonly [string, string])[]) {
  const rows: LoadRow[] = [];
  for (const [name, target] of targets) {
    await fetch(baseURL + target).then((r) => r.arrayBuffer()); // warm-up: converters, dictionary
    const r = await autocannon({ url: baseURL + target, connections: CONNECTIONS, duration: DURATION });
    if (r.non2xx || r.errors) throw new Error(`${target}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    rows.push({ name, target, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 });
  }
  return rows.map((r) => ({ ...r, ratio: r.rps / rows[0].rps }));
}

const q = (s: string) => encodeURIComponent(s);
const LOOKUPS = [
  ['baseline: release list API', '/api/v1/releases'],
  ['dictionary, one word (经济)', `/api/v1/dictionary?q=${q('经济')}`],
  ['dictionary, pop-up prefixes (供應鏈, tw)', `/api/v1/dictionary?q=${q('供應鏈')}&match=prefixes&script=tw`],
  ['dictionary, glossary term (专精特新)', `/api/v1/dictionary?q=${q('专精特新')}&match=prefixes`],
] as const;
const PAGES = VIEWS.map(([name, target]) => [`reader page, ${name}`, target] as const);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const url = `file:${path.join(OUT, 'bench.db')}`;
await prepareDatabase(url, { quiet: true });
const distDir = ensureBuild();
const server = await startServer(url, distDir);
let shippedRows, lookupRows, pageRows;
try {
  console.log('JavaScript shipped per view (Chromium)…');
  shippedRows = await bundles(server.baseURL);
  console.log(`Load: ${LOOKUPS.length + PAGES.length} targets × ${DURATION}s, ${CONNECTIONS} connections…`);
  lookupRows = await load(server.baseURL, LOOKUPS);
  pageRows = await load(server.baseURL, PAGES);
} finally {
  server.stop();
}

const base = shippedRows[0];
const extra = (row: (typeof shippedRows)[number]) => [...row.js.keys()].filter((k) => !base.js.has(k));
const table = (rows: (LoadRow & { ratio: number })[]) =>
  rows.map((r) => `| ${r.name} \`${r.target}\` | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.ratio.toFixed(2)} |`).join('\n');
const report = `## Study layer: JavaScript shipped, dictionary and reader under load

Command: \`npm run bench\` (bench/study.ts; env BENCH_SECONDS=${DURATION}, BENCH_CONNECTIONS=${CONNECTIONS}). Measured
${new Date().toISOString().slice(0, 10)} against \`next start\` on a SQLite file; script bodies as Chromium received them,
gzip sizes by zlib at its default level.

### JavaScript the reader page ships

| view | scripts | JS raw KB | JS gzip KB | gzip Δ vs off | HTML gzip KB |
| --- | ---: | ---: | ---: | ---: | ---: |
${shippedRows
  .map(
    (r) =>
      `| ${r.name} | ${r.js.size} | ${kb(sum(r.js.values(), (b) => b.length))} | ${kb(sum(r.js.values(), gz))} | ${kb(sum(r.js.values(), gz) - sum(base.js.values(), gz))} | ${kb(gz(r.html))} |`,
  )
  .join('\n')}

Scripts only the pop-up view loads (its lazy chunk): ${
  extra(shippedRows[2])
    .map((k) => `\`${path.basename(k)}\``)
    .join(', ') || 'none'
}.
Pinyin ruby is rendered on the server: it adds HTML, not JavaScript. CC-CEDICT (16 MB) never reaches the browser.

### Dictionary lookups (autocannon, ${CONNECTIONS} connections, ${DURATION} s each)

| target | req/s | p50 ms | p99 ms | req/s ÷ baseline |
| --- | ---: | ---: | ---: | ---: |
${table(lookupRows)}

### Reader page with the study layer

| target | req/s | p50 ms | p99 ms | req/s ÷ study off |
| --- | ---: | ---: | ---: | ---: |
${table(pageRows)}
`;
writeSection(report);
console.log(report);
rmSync(OUT, { recursive: true, force: true });
