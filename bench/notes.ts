// `npm run bench:notes` (npx tsx --conditions=react-server bench/notes.ts: the service's modules are
// server-only, which resolves to an empty module under that condition, as in Next's server): note
// creation through the notes service (validation, term key, rate-limit log, insert, view-version
// bumps, Markdown rendering) and through HTTP (POST /api/v1/notes on the production build, through
// npm start's stack and straight to next start, with the same request refused as unauthorized for
// what Next alone costs) against a bare prisma.note.create, on a throw-away SQLite file (WAL).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { NOTE_WRITES_PER_WINDOW } from '@/lib/notes/errors';
import type { NoteViewer } from '@/lib/server/notes/visibility';
import { ensureBuild } from '../scripts/support/build';
import { startServer } from '../scripts/support/serve';
import { accounts } from '../tests/support/load';
import { tempDatabase } from '../tests/support/temp-db';
import type { Window } from './profile';
import { writeSection } from './results';

const N = Number(process.env.BENCH_N ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARMUP = 1;
const CONCURRENCY = 10;

const TERM = '專精特新';
const KEY = '专精特新';
const body = (label: string) =>
  `Note ${label}: MIIT's label for **specialised** SMEs; see [the MIIT list](https://www.miit.gov.cn/) and the *little giants* programme.\n\n- niche\n- refined\n- distinctive\n- innovative`;

type Author = NoteViewer & { name: string };
type Create = (viewer: Author, label: string, i: number) => Promise<unknown>;

// The notes service writes through the app's own clients, which read DATABASE_URL when first imported.
const viaService = async (): Promise<Create> => {
  const { createNote } = await import('@/lib/server/notes/mutations');
  return (viewer, label, i) => createNote(viewer, { term: TERM, body: body(label), english: 'SRDI', visibility: i % 2 ? 'shared' : 'private' });
};

const bare =
  (prisma: PrismaClient): Create =>
  (viewer, label, i) =>
    prisma.note.create({ data: { term: TERM, termKey: KEY, body: body(label), english: 'SRDI', visibility: i % 2 ? 'shared' : 'private', authorId: viewer.id } });

let userCount = 0;
/** Fresh authors for one run, each writing no more than the per-minute limit. */
async function authors(prisma: PrismaClient): Promise<Author[]> {
  const count = Math.ceil(N / NOTE_WRITES_PER_WINDOW);
  const users = Array.from({ length: count }, () => ({ id: `bench-${++userCount}`, name: `Bench ${userCount}`, email: `bench-${userCount}@example.org` }));
  await prisma.user.createMany({ data: users });
  return users;
}

/** One run of N creates with `workers` in flight at once; milliseconds. */
async function run(prisma: PrismaClient, create: Create, workers: number): Promise<number> {
  const users = await authors(prisma);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = next++; i < N; i = next++) await create(users[Math.floor(i / NOTE_WRITES_PER_WINDOW)], String(i), i);
    }),
  );
  return performance.now() - t0;
}

type Load = { ms: number; statuses: Record<string, number> };

/**
 * N POSTs of the note the service rows create, CONCURRENCY in flight (autocannon, in this process):
 * signed in with `cookies` in turn, writing at most the per-minute limit each, or with none (refused
 * as unauthorized, before any database work); milliseconds and the answers' statuses.
 */
async function post(base: string, label: string, cookies: string[] | null): Promise<Load> {
  let n = 0;
  let last = 0;
  const t0 = performance.now();
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: base,
        connections: CONCURRENCY,
        amount: N,
        requests: [
          {
            setupRequest: (request: autocannon.Request) => {
              const i = n++;
              const cookie = cookies ? { cookie: cookies[Math.floor(i / NOTE_WRITES_PER_WINDOW) % cookies.length] } : {};
              return {
                ...request,
                method: 'POST',
                path: '/api/v1/notes',
                headers: { ...request.headers, 'content-type': 'application/json', origin: base, ...cookie },
                body: JSON.stringify({ term: TERM, body: body(`${label}-${i}`), english: 'SRDI', visibility: i % 2 ? 'shared' : 'private' }),
              };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  // autocannon notices the last answer on its next one-second tick: the time is the last answer's own.
  instance.on('response', () => (last = performance.now()));
  const result = await done;
  const ms = last - t0;
  if (result.errors || result.timeouts) throw new Error(`${label}: ${result.errors} connection errors, ${result.timeouts} timeouts`);
  return { ms, statuses: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0])) };
}

/** Every write answered 201 and stored once (its label names it); every refusal 401 and nothing stored. */
async function check(prisma: PrismaClient, label: string, load: Load, expected: 201 | 401) {
  const where = { body: { startsWith: `Note ${label}-` } };
  const stored = await prisma.note.count({ where });
  const distinct = (await prisma.note.groupBy({ by: ['body'], where })).length;
  const answered = load.statuses[String(expected)] ?? 0;
  const want = expected === 201 ? N : 0;
  if (answered !== N || stored !== want || distinct !== want)
    throw new Error(`${label}: answers ${JSON.stringify(load.statuses)}, ${stored} stored (${distinct} distinct), expected ${N} × ${expected} and ${want} stored`);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / Math.max(1, xs.length - 1));
const fmt = (xs: number[], digits = 0) => `${mean(xs).toFixed(digits)} ± ${sd(xs).toFixed(digits)}`;

// BENCH_PROFILE=<dir>: the servers' processes are profiled (bench/cpu-profile.mjs, one .cpuprofile
// each, written when it stops; `npx tsx bench/profile.ts <dir>` reads them); profiling slows them, so
// such a run's figures are printed, not recorded.
const PROFILE = process.env.BENCH_PROFILE;

type Row = { mode: string; name: string; once: (run: number) => Promise<number> };

async function main() {
  const distDir = ensureBuild({ quiet: true });
  const db = await tempDatabase();
  process.env.DATABASE_URL = db.url;
  const prisma = createPrismaClient(db.url);
  const service = await viaService();
  // Like the service, these read the environment (lib/env.ts) when first imported, so only now.
  const { createAuth } = await import('@/lib/server/auth/config');
  const { startNext } = await import('../scripts/support/instance');
  const secret = randomBytes(32).toString('base64url');
  const env = { BETTER_AUTH_SECRET: secret, ...(PROFILE && { NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, 'cpu-profile.mjs')}`, BENCH_PROFILE: PROFILE }) };
  const stack = await startServer(db.url, distDir, { env });
  const next = await startNext({ databaseUrl: db.url, distDir, env, quiet: true });
  const nextBase = `http://127.0.0.1:${next.port}`;
  // Fresh accounts for each signed-in run, as the service rows have fresh authors: the real limit stands and never refuses.
  const perRun = Math.ceil(N / NOTE_WRITES_PER_WINDOW);
  const signedIn = (await accounts(createAuth(prisma, { secret }), perRun * 2 * (WARMUP + RUNS), 'http')).map((a) => a.cookie);
  const cookiesForRun = () => signedIn.splice(0, perRun);
  const timed = async (run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    return performance.now() - t0;
  };
  const windows: Window[] = [];
  const now = () => Number(process.hrtime.bigint() / 1000n);
  const viaHttp = (base: string, target: Window['target'], signed: boolean) => async (r: number) => {
    const label = `${target}-${signed ? 'write' : 'refused'}-${r}`;
    const from = now();
    const load = await post(base, label, signed ? cookiesForRun() : null);
    if (r >= WARMUP) windows.push({ row: label, target, from, to: now(), requests: N });
    await check(prisma, label, load, signed ? 201 : 401);
    return load.ms;
  };
  const concurrent = `${CONCURRENCY}-way concurrent`;
  const rows: Row[] = [
    { mode: 'sequential', name: 'baseline: bare prisma.note.create', once: () => timed(() => run(prisma, bare(prisma), 1)) },
    { mode: 'sequential', name: 'notes service createNote', once: () => timed(() => run(prisma, service, 1)) },
    { mode: concurrent, name: 'baseline: bare prisma.note.create', once: () => timed(() => run(prisma, bare(prisma), CONCURRENCY)) },
    { mode: concurrent, name: 'notes service createNote', once: () => timed(() => run(prisma, service, CONCURRENCY)) },
    { mode: concurrent, name: 'HTTP write, npm start (front → next start)', once: viaHttp(stack.baseURL, 'stack', true) },
    { mode: concurrent, name: 'HTTP write, straight to next start', once: viaHttp(nextBase, 'next', true) },
    { mode: concurrent, name: 'HTTP floor: same POST, no session (401), npm start', once: viaHttp(stack.baseURL, 'stack', false) },
    { mode: concurrent, name: 'HTTP floor: same POST, no session (401), straight to next start', once: viaHttp(nextBase, 'next', false) },
  ];
  const times = new Map<Row, number[]>();
  try {
    // Interleaved, so drift (file growth, CPU frequency, other sessions' load) touches every row alike.
    for (let r = 0; r < WARMUP + RUNS; r++)
      for (const row of rows) {
        const ms = await row.once(r);
        if (r >= WARMUP) times.set(row, [...(times.get(row) ?? []), ms]);
        console.error(`${r < WARMUP ? 'warm-up' : `run ${r - WARMUP + 1}/${RUNS}`}: ${row.mode}, ${row.name}: ${ms.toFixed(0)} ms`);
      }
  } finally {
    stack.stop();
    next.stop();
    if (PROFILE) {
      writeFileSync(path.join(PROFILE, 'windows.json'), JSON.stringify(windows));
      writeFileSync(path.join(PROFILE, 'ports.json'), JSON.stringify({ front: stack.port, next: next.port }));
    }
    await prisma.$disconnect();
    await (await import('@/lib/server/db')).disconnect();
    await db.cleanup();
  }

  const table = rows.map((row) => {
    const baseline = times.get(rows.find((b) => b.mode === row.mode)!)!.map((ms) => (N / ms) * 1000);
    const ms = times.get(row)!;
    const rate = ms.map((t) => (N / t) * 1000);
    return `| ${row.mode} | ${row.name} | ${fmt(rate)} | ${fmt(ms)} | ${(mean(rate) / mean(baseline)).toFixed(2)} |`;
  });
  const cpu = os.cpus();
  const section = `## Note writes through HTTP

Command: \`npm run bench:notes\` (bench/notes.ts; env BENCH_N=${N}, BENCH_RUNS=${RUNS}). Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} when it finished (other sessions' tests share the 2 cores: compare the ratios, not the rates).
One fresh temporary SQLite file in WAL mode (synchronous=NORMAL) for every row. Each run creates ${N} notes (or sends ${N} requests); ${WARMUP} warm-up run, then ${RUNS} runs per row, every row once per run in turn (mean ± sd over runs); ratios are to the bare loop of the same mode in the same run.
The first four rows are the "Note creation" table's, measured again here: the baseline inserts the row alone with the bench's own Prisma client; the service row calls createNote in this process (validation, the rate-limit log, the insert and the view-version bumps in one transaction, the Markdown of the answer).
HTTP rows: the production build (ensureBuild) served as \`npm start\` serves it (scripts/support/serve.ts: the caching front, then \`next start\` on loopback) and a second \`next start\` of the same build asked directly; autocannon in this process, ${CONCURRENCY} connections, the same note as the service rows (half shared) as JSON with the page's Origin. Signed-in runs use accounts made through better-auth beforehand, fresh for each run and writing ${NOTE_WRITES_PER_WINDOW} notes each, so the real rate limit (not raised) never refuses; after each run every answer is checked to be 201 and the notes counted: all ${N} stored, none twice. The floor rows send the same POST with no session cookie: route() finds no session cookie, so asks neither better-auth nor the database, and answers 401 — what a request costs Next with nothing of the write.

| mode | path | notes/s (requests/s) | ms per ${N} | ÷ baseline |
| --- | --- | ---: | ---: | ---: |
${table.join('\n')}
`;
  console.log(section);
  if (PROFILE) console.error(`Profiled (${PROFILE}): not recorded in bench/RESULTS.md.`);
  else writeSection(section);
}

await main();
