// `npx tsx bench/http.ts`: the reader page and the release API under load (wrk, 32 connections)
// against nginx serving the same bytes from files, in the same run; revalidation (304); a
// signed-in reader with 50 private notes (the page and their overlay); and, for the record, the
// reader as it was before the server layer was redesigned (a checkout of BENCH_BEFORE).
// Needs Debian's nginx-light and wrk (apt-get install nginx-light wrk).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/client';
import { untilAnswering } from '../scripts/support/answering';
import { ensureBuild } from '../scripts/support/build';
import { prepareDatabase } from '../scripts/support/prepare';
import { freePort, startServer } from '../scripts/support/serve';
import { nginx } from './nginx';
import { writeSection } from './results';

const SLUG = '2024-03-08-shandong-new-industrialization';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const BEFORE = process.env.BENCH_BEFORE ?? 'dbbfc8a';
const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.resolve(import.meta.dirname, '.out-http');

for (const tool of ['nginx', 'wrk'])
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`bench/http.ts needs ${tool}: apt-get install -y nginx-light wrk`);
    process.exit(2);
  }

type Load = { rps: number; p50: number; p99: number; bytes: number };

/** wrk's figures for one URL: requests a second, and latency percentiles in ms. */
function wrk(url: string, headers: Record<string, string> = {}): Load {
  const args = ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  const out = execFileSync('wrk', args, { encoding: 'utf8' });
  const ms = (label: string) => {
    const m = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) return NaN;
    return Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1);
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const transfer = /Transfer\/sec:\s+([\d.]+)(\w+)/.exec(out);
  const scale = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[transfer?.[2] ?? 'B'] ?? 1;
  return { rps, p50: ms('50%'), p99: ms('99%'), bytes: (Number(transfer?.[1]) * scale) / rps };
}

// The driver's own requests are tried twice: a keep-alive socket left idle through a load run can
// be closed by the server just as the driver reuses it ("other side closed"); the retry opens a new one.
const fetch = (url: string, init?: RequestInit) =>
  globalThis.fetch(url, init).catch((error: { cause?: { code?: string } }) => {
    if (error.cause?.code !== 'UND_ERR_SOCKET') throw error;
    return globalThis.fetch(url, init);
  });

async function body(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return { bytes: Buffer.from(await response.arrayBuffer()), etag: response.headers.get('etag') };
}

/** wrk against a bare Node.js http server that answers every request with the front's 304 headers: what one Node process can do. */
async function bare304(etag: string): Promise<Load> {
  const port = await freePort();
  const headers = { etag, vary: 'Accept-Encoding', 'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=600', 'cache-status': 'duizhao; hit' };
  const script = `require('node:http').createServer((q, s) => { s.writeHead(304, ${JSON.stringify(headers)}); s.end(); }).listen(${port}, '127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  try {
    await untilAnswering(`http://127.0.0.1:${port}/`, child, { every: 50, tries: 100 });
    return wrk(`http://127.0.0.1:${port}/`, { 'If-None-Match': etag });
  } finally {
    child.kill();
  }
}

/** A reader with 50 private notes on terms of the release, signed in through better-auth; their session cookie. */
async function annotator(url: string, base: string): Promise<string> {
  const email = 'bench-annotator@example.org';
  const password = 'a long enough passphrase';
  const post = (path: string, body: object) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(body) });
  await post('/api/auth/sign-up/email', { email, password, name: 'Bench Annotator' }); // signs nobody in
  const response = await post('/api/auth/sign-in/email', { email, password });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const prisma = createPrismaClient(url);
  try {
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const segments = await prisma.segment.findMany({ where: { release: { slug: SLUG } }, select: { zh: true } });
    const text = segments.map((s) => s.zh).join('');
    // Fifty two-character words of the release's own text, every one a private note of this reader.
    const words = [
      ...new Set(
        Array.from({ length: 400 }, (_, i) =>
          Array.from(text)
            .slice(i * 7, i * 7 + 2)
            .join(''),
        ).filter((w) => /^\p{Script=Han}{2}$/u.test(w)),
      ),
    ].slice(0, 50);
    const { termKey } = await import('@/lib/terms/key');
    await prisma.note.createMany({ data: words.map((w) => ({ term: w, termKey: termKey(w), body: `note on ${w}`, visibility: 'private', authorId: user.id })) });
    const { bumpTags } = await import('@/lib/db/view-versions');
    await prisma.$transaction((tx) => bumpTags(tx, [`user:${user.id}`]));
  } finally {
    await prisma.$disconnect();
  }
  return cookie;
}

/** The reader before the redesign: that commit checked out beside this one, built, served by next start. */
async function before(url: string): Promise<{ load: Load; bytes: Buffer } | null> {
  const dir = path.join(OUT, 'before');
  if (spawnSync('git', ['-C', ROOT, 'cat-file', '-e', `${BEFORE}^{commit}`]).status !== 0) return null;
  rmSync(dir, { recursive: true, force: true });
  execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--force', '--detach', dir, BEFORE], { stdio: 'ignore' });
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1' };
    execFileSync('npx', ['tsx', 'scripts/prisma-generate.ts'], { cwd: dir, stdio: 'ignore', env });
    execFileSync('npx', ['tsx', 'scripts/seed.ts'], { cwd: dir, stdio: 'ignore', env });
    execFileSync('npx', ['next', 'build'], { cwd: dir, stdio: 'ignore', env: { ...env, DUIZHAO_DIST_DIR: '' } });
    const port = await freePort();
    const server = spawn('npx', ['next', 'start', '-p', String(port)], { cwd: dir, stdio: 'ignore', env, detached: true });
    try {
      const target = `http://127.0.0.1:${port}/en/releases/${SLUG}?script=hant`;
      await untilAnswering(target, server, { tries: 300 });
      const { bytes } = await body(target);
      return { load: wrk(target), bytes };
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
    }
  } finally {
    spawnSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', dir]);
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const url = `file:${path.join(OUT, 'bench.db')}`;
await prepareDatabase(url, { quiet: true });
const distDir = ensureBuild({ quiet: true });
const server = await startServer(url, distDir);
const reader = (query: string) => `${server.baseURL}/en/releases/${SLUG}?script=hant&layout=side&${query}&tones=plain&lookup=off`;
const targets = {
  'reader.html': reader('pinyin=off'),
  'reader-pinyin.html': reader('pinyin=marks'),
  'release.json': `${server.baseURL}/api/v1/releases/${SLUG}?script=hans`,
};
type Row = { name: string; ours: Load; nginx: Load; note?: string };
const rows: Row[] = [];
let before_: Awaited<ReturnType<typeof before>> = null;
try {
  const saved = Object.fromEntries(await Promise.all(Object.entries(targets).map(async ([name, target]) => [name, await body(target)] as const)));
  const static_ = await nginx(path.join(OUT, 'nginx'), Object.fromEntries(Object.entries(saved).map(([k, v]) => [k, v.bytes])));
  try {
    const nginxEtag = (await fetch(static_.url('reader.html'))).headers.get('etag')!;
    console.error(`Load: wrk, ${CONNECTIONS} connections, ${SECONDS} s per target…`);
    rows.push({ name: 'anonymous reader page, plain', ours: wrk(targets['reader.html']), nginx: wrk(static_.url('reader.html')) });
    rows.push({ name: 'anonymous reader page, pinyin ruby', ours: wrk(targets['reader-pinyin.html']), nginx: wrk(static_.url('reader-pinyin.html')) });
    rows.push({ name: 'release API (hans)', ours: wrk(targets['release.json']), nginx: wrk(static_.url('release.json')) });
    rows.push({
      name: 'reader page, 304 revalidation',
      ours: wrk(targets['reader.html'], { 'If-None-Match': saved['reader.html'].etag! }),
      nginx: wrk(static_.url('reader.html'), { 'If-None-Match': nginxEtag }),
    });
    rows.push({ name: 'for scale: a bare Node.js server answering a 304 (one process, no logic)', ours: await bare304(saved['reader.html'].etag!), nginx: rows.at(-1)!.nginx });
    const cookie = await annotator(url, server.baseURL);
    const marks = `${server.baseURL}/api/v1/me/marks?release=${SLUG}&script=hant`;
    const overlay = await body(marks, { cookie });
    const count = (JSON.parse(overlay.bytes.toString()) as { marks: unknown[] }).marks.length;
    rows.push({ name: 'signed-in reader (50 private notes): the page', ours: wrk(targets['reader.html'], { cookie }), nginx: wrk(static_.url('reader.html')) });
    rows.push({
      name: 'signed-in reader (50 private notes): their overlay',
      ours: wrk(marks, { cookie }),
      nginx: wrk(static_.url('release.json')),
      note: `${count} marks, ${overlay.bytes.length} B; nginx serves the release JSON`,
    });
    const me = `${server.baseURL}/api/v1/me`;
    const meBytes = (await body(me, { cookie })).bytes;
    rows.push({
      name: 'signed-in reader: who they are (`/api/v1/me`, asked once per page)',
      ours: wrk(me, { cookie }),
      nginx: rows.at(-1)!.nginx,
      note: `${meBytes.length} B; nginx figure as above`,
    });
  } finally {
    static_.stop();
  }
} finally {
  server.stop();
}
console.error(`Before the redesign (${BEFORE})…`);
// An old commit may no longer build here (its config predates this machine's checkout layout): then the row is left out.
before_ = await before(`file:${path.join(OUT, 'before.db')}`).catch((error: Error) => (console.error(`Could not serve ${BEFORE}: ${error.message}`), null));

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const cell = (l: Load) => `${Math.round(l.rps).toLocaleString('en')} | ${l.p50.toFixed(2)} | ${l.p99.toFixed(2)}`;
const cpus = os.cpus();
const section = `## HTTP: reader page and release API against nginx

Command: \`npx tsx bench/http.ts\` (env BENCH_SECONDS=${SECONDS}, BENCH_CONNECTIONS=${CONNECTIONS}, BENCH_BEFORE=${BEFORE}).
Measured ${new Date().toISOString().slice(0, 10)} on ${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}: \`npm start\`'s stack (the caching front
in front of \`next start\`, a SQLite file) against nginx (Debian's nginx-light, \`worker_processes auto\`) serving a saved copy of the
same answer from a file, each loaded by wrk (2 threads, ${CONNECTIONS} connections, ${SECONDS} s) on the same 2-core machine, one after the other.
Bodies are uncompressed (wrk sends no Accept-Encoding). Latencies in ms.

| target | bytes | ours req/s | p50 | p99 | nginx req/s | p50 | p99 | ours ÷ nginx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((r) => `| ${r.name}${r.note ? ` (${r.note})` : ''} | ${kb(r.ours.bytes)} | ${cell(r.ours)} | ${cell(r.nginx)} | **${(r.ours.rps / r.nginx.rps).toFixed(3)}** |`).join('\n')}
${before_ ? `| before: reader page at ${BEFORE} (\`next start\`, no front) | ${kb(before_.bytes.length)} | ${cell(before_.load)} | ${cell(rows[0].nginx)} | **${(before_.load.rps / rows[0].nginx.rps).toFixed(3)}** |` : ''}

${
  before_
    ? `The before row is that commit built and served in this run, its page against today's nginx figure for the plain page (a page of
${kb(before_.bytes.length)} then). `
    : `Before the redesign (main at dbbfc8a, as issue 9 measured it on this machine): the reader page 13.6–15.8 req/s against nginx's
6,128–7,552 (0.002×), the release API 124–143 req/s against 20,100 (0.006×). `
}A signed-in reader gets the public page (the same bytes, marked \`private\`) and then their overlay, a
small JSON answer the front keeps for their session (checked against the session's row on each request), and who they are
(\`/api/v1/me\`), kept the same way: those two rows are what being signed in costs. The bare Node.js row is the ceiling of one Node process answering a 304 here, with no cache lookup at all.
`;
console.log(section);
writeSection(section);
