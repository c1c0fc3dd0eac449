// `npm run bench`: the reader page and the release API under load (autocannon) against the
// production server, plus first-request cost per script to show converters are built once.
import autocannon from 'autocannon';
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuild } from '../scripts/support/build';
import { prepareDatabase } from '../scripts/support/prepare';
import { startServer } from '../scripts/support/serve';
import { writeSection } from './results';

const SLUG = '2024-03-08-shandong-new-industrialization';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const OUT = path.resolve(import.meta.dirname, '.out');

const TARGETS = [
  ['baseline: release list API (one small query, no conversion)', '/api/v1/releases'],
  ['release API, Simplified', `/api/v1/releases/${SLUG}?script=hans`],
  ['release API, Taiwan wording', `/api/v1/releases/${SLUG}?script=tw&wording=tw`],
  ['reader page, Traditional (source script)', `/en/releases/${SLUG}?script=hant`],
  ['reader page, Simplified', `/en/releases/${SLUG}?script=hans`],
  ['reader page, Hong Kong', `/zh-Hant/releases/${SLUG}?script=hk`],
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(url: string) {
  const t0 = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - t0;
}

/** Per fresh server: warm Next up on a page that needs no converter, then time hk's first request and later ones. */
async function coldStarts(url: string) {
  const first: number[] = [];
  const later: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const server = await startServer(url);
    try {
      for (let i = 0; i < 3; i++) await timed(`${server.baseURL}/en/releases/${SLUG}?script=hant`);
      first.push(await timed(`${server.baseURL}/en/releases/${SLUG}?script=hk`));
      const rest: number[] = [];
      for (let i = 0; i < 20; i++) rest.push(await timed(`${server.baseURL}/en/releases/${SLUG}?script=hk`));
      later.push(median(rest));
    } finally {
      server.stop();
    }
  }
  return { first: median(first), later: median(later), firstAll: first, laterAll: later };
}

async function load(baseURL: string) {
  const rows = [];
  for (const [name, target] of TARGETS) {
    await timed(baseURL + target); // warm-up
    const r = await autocannon({ url: baseURL + target, connections: CONNECTIONS, duration: DURATION });
    if (r.non2xx || r.errors) throw new Error(`${target}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    rows.push({ name, target, rps: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99 });
  }
  const base = rows[0].rps;
  return rows.map((r) => ({ ...r, ratio: r.rps / base }));
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const url = `file:${path.join(OUT, 'bench.db')}`;
await prepareDatabase(url, { quiet: true });
ensureBuild();
console.log(`Cold starts (${COLD_RUNS} servers)…`);
const cold = await coldStarts(url);
console.log(`Load: ${TARGETS.length} targets × ${DURATION}s, ${CONNECTIONS} connections…`);
const server = await startServer(url);
let rows;
try {
  rows = await load(server.baseURL);
} finally {
  server.stop();
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
const report = `## HTTP: reader page and release API

Command: \`npm run bench\` (bench/http.ts; env BENCH_SECONDS=${DURATION}, BENCH_CONNECTIONS=${CONNECTIONS}, BENCH_COLD_RUNS=${COLD_RUNS}).
Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, against \`next start\` (production build) on a SQLite file,
with autocannon in the same process as the driver (so on a 2-core machine the load generator competes with the server).

### Throughput and latency (autocannon, ${CONNECTIONS} connections, ${DURATION} s each)

| target | req/s | p50 ms | p90 ms | p99 ms | req/s ÷ baseline |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.map((r) => `| ${r.name} \`${r.target}\` | ${fmt(r.rps)} | ${r.p50} | ${r.p90} | ${r.p99} | ${fmt(r.ratio, 2)} |`).join('\n')}

### Converters are built once per process, not per request

On each of ${COLD_RUNS} fresh servers: three warm-up requests for the Traditional page (source script: no converter
needed), then the first Hong Kong request (builds the t→hk converter), then 20 more Hong Kong requests.

| | median ms | each run |
| --- | ---: | --- |
| first Hong Kong request (converter built) | ${fmt(cold.first)} | ${cold.firstAll.map((x) => fmt(x)).join(', ')} |
| later Hong Kong requests (median of 20) | ${fmt(cold.later)} | ${cold.laterAll.map((x) => fmt(x)).join(', ')} |

The gap is the one-time cost; later requests pay only the whole-segment conversions.
`;
writeSection(report);
console.log(report);
rmSync(OUT, { recursive: true, force: true });
