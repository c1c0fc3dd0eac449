// `npm run bench:notes` (npx tsx --conditions=react-server bench/notes.ts: the service's modules are
// server-only, which resolves to an empty module under that condition, as in Next's server): note
// creation through the notes service (validation, term key, rate-limit log, insert, view-version
// bumps, Markdown rendering) against a bare prisma.note.create, on a throw-away SQLite file (WAL).
import os from 'node:os';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import { NOTE_WRITES_PER_WINDOW } from '@/lib/notes/errors';
import type { NoteViewer } from '@/lib/server/notes/visibility';
import { tempDatabase } from '../tests/support/temp-db';
import { writeSection } from './results';

const N = Number(process.env.BENCH_N ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARMUP = 1;
const CONCURRENCY = 10;

const TERM = '專精特新';
const KEY = '专精特新';
const body = (i: number) =>
  `Note ${i}: MIIT's label for **specialised** SMEs; see [the MIIT list](https://www.miit.gov.cn/) and the *little giants* programme.\n\n- niche\n- refined\n- distinctive\n- innovative`;

type Author = NoteViewer & { name: string };
type Create = (viewer: Author, i: number) => Promise<unknown>;

// The notes service writes through the app's own clients, which read DATABASE_URL when first imported.
const viaService = async (): Promise<Create> => {
  const { createNote } = await import('@/lib/server/notes/mutations');
  return (viewer, i) => createNote(viewer, { term: TERM, body: body(i), english: 'SRDI', visibility: i % 2 ? 'shared' : 'private' });
};

const bare =
  (prisma: PrismaClient): Create =>
  (viewer, i) =>
    prisma.note.create({ data: { term: TERM, termKey: KEY, body: body(i), english: 'SRDI', visibility: i % 2 ? 'shared' : 'private', authorId: viewer.id } });

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
      for (let i = next++; i < N; i = next++) await create(users[Math.floor(i / NOTE_WRITES_PER_WINDOW)], i);
    }),
  );
  return performance.now() - t0;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / Math.max(1, xs.length - 1));
const fmt = (xs: number[], digits = 0) => `${mean(xs).toFixed(digits)} ± ${sd(xs).toFixed(digits)}`;

async function main() {
  const db = await tempDatabase();
  process.env.DATABASE_URL = db.url;
  const prisma = createPrismaClient(db.url);
  const service = await viaService();
  const modes = [
    { name: 'sequential', workers: 1 },
    { name: `${CONCURRENCY}-way concurrent`, workers: CONCURRENCY },
  ];
  const paths = [
    { name: 'baseline: bare prisma.note.create', make: bare },
    { name: 'notes service createNote', make: () => service },
  ];
  const times = new Map<string, number[]>();
  try {
    // Interleaved, so drift (file growth, CPU frequency) touches baseline and service alike.
    for (let r = 0; r < WARMUP + RUNS; r++)
      for (const mode of modes)
        for (const p of paths) {
          const ms = await run(prisma, p.make(prisma), mode.workers);
          if (r >= WARMUP) times.set(`${mode.name}|${p.name}`, [...(times.get(`${mode.name}|${p.name}`) ?? []), ms]);
          console.error(`${r < WARMUP ? 'warm-up' : `run ${r - WARMUP + 1}/${RUNS}`}: ${mode.name}, ${p.name}: ${ms.toFixed(0)} ms`);
        }
    const stored = await prisma.note.count();
    if (stored !== (WARMUP + RUNS) * modes.length * paths.length * N) throw new Error(`expected every create stored, found ${stored}`);
  } finally {
    await prisma.$disconnect();
    await (await import('@/lib/server/db')).disconnect();
    db.cleanup();
  }

  const rows = modes.flatMap((mode) => {
    const baseline = times.get(`${mode.name}|${paths[0].name}`)!.map((ms) => (N / ms) * 1000);
    return paths.map((p) => {
      const ms = times.get(`${mode.name}|${p.name}`)!;
      const rate = ms.map((t) => (N / t) * 1000);
      return `| ${mode.name} | ${p.name} | ${fmt(rate)} | ${fmt(ms)} | ${(mean(rate) / mean(baseline)).toFixed(2)} |`;
    });
  });
  const cpu = os.cpus();
  const section = `## Note creation

Command: \`npm run bench:notes\` (env BENCH_N=${N}, BENCH_RUNS=${RUNS}). Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, one Prisma client (better-sqlite3 adapter, the app's queued write connection) on a fresh temporary SQLite file in WAL mode (synchronous=NORMAL);
load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} when it finished (other sessions' tests share the 2 cores: compare the ratios, not the rates).
Each run creates ${N} notes; ${WARMUP} warm-up run, then ${RUNS} runs per row, interleaved (mean ± sd over runs). Authors are fresh for each run and write ${NOTE_WRITES_PER_WINDOW} notes each, so the rate limit never refuses.
The service path adds zod validation, the OpenCC term key, an interactive transaction (BEGIN IMMEDIATE … COMMIT) holding the rate-limit log (a DELETE and an INSERT … SELECT), the insert and the view-version bumps (the sequence row, then the tags: the author's overlay, and for a shared note the glossary, the term and the releases holding it), and Markdown rendering and sanitising of the result; half the notes are shared. The baseline is the same row inserted alone (its own implicit transaction).

| mode | path | notes/s | ms per ${N} | notes/s ÷ baseline |
| --- | --- | ---: | ---: | ---: |
${rows.join('\n')}
`;
  console.log(section);
  writeSection(section);
}

await main();
