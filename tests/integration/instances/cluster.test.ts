// Two app instances (each the caching front before `next start`, as `npm start` serves) on one
// database, over HTTP, on SQLite and on PostgreSQL: sessions, notes, cached views and rate limits
// agree across them; writes under load are stored exactly once; kill -9 loses no acknowledged one.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@/lib/db/client';
import type { Auth } from '@/lib/server/auth/config';
import { createAuth } from '@/lib/server/auth/config';
import { prepareDatabase } from '../../../scripts/support/prepare';
import { startServer } from '../../../scripts/support/serve';
import { accounts, acknowledged, heldWrite, noteWrites, unacknowledged } from '../../support/load';
import { createDatabase } from '../../support/postgres';
import { killTree, processesOf, stillRunning } from '../../support/processes';

const PASSWORD = 'a long enough passphrase';
const TERM = '專精特新';
type Instance = Awaited<ReturnType<typeof startServer>>;
let address = 0;

/** A request as a browser on the instance's own pages sends it: its Origin on writes, a client address of its own. */
function send(base: string, pathname: string, { cookie, method = 'GET', body, ip }: { cookie?: string; method?: string; body?: unknown; ip?: string } = {}) {
  return fetch(`${base}${pathname}`, {
    method,
    redirect: 'manual',
    headers: {
      'x-forwarded-for': ip ?? `198.18.${Math.floor(++address / 250)}.${address % 250}`,
      ...(method !== 'GET' && { origin: base, 'content-type': 'application/json' }),
      ...(cookie && { cookie }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

const SLUG = '2024-03-08-shandong-new-industrialization';
type Span = { start: number; end: number; key: string };
type ReleaseJson = { segments: { id: string; zh: string; en: string; terms: Span[]; englishTerms: Span[] }[] };
const overlaps = (spans: Span[], start: number, end: number) => spans.some((t) => t.start < end && start < t.end);

/** Four Han characters of a segment that no marked term touches. */
function unmarkedRun(release: ReleaseJson) {
  for (const segment of release.segments)
    for (const m of segment.zh.matchAll(/\p{Script=Han}{4}/gu)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!overlaps(segment.terms, start - 1, end + 1)) return { segment, start, end };
    }
  throw new Error('no unmarked run of four Han characters');
}

/** A curated term marked in a segment and a word of that segment's English that no rendering marks. */
function unrenderedWord(release: ReleaseJson, curated: ReadonlySet<string>) {
  for (const segment of release.segments)
    for (const { key } of segment.terms.filter((t) => curated.has(t.key)))
      for (const m of segment.en.matchAll(/\b[A-Za-z]{7,}\b/g)) if (!overlaps(segment.englishTerms, m.index, m.index + m[0].length)) return { key, segment, word: m[0] };
  throw new Error('no English word beside a marked term');
}

describe.each(['sqlite', 'postgresql'] as const)('%s: two instances on one database', (provider) => {
  const secret = randomBytes(32).toString('base64url');
  const env = { BETTER_AUTH_SECRET: secret, TRUSTED_PROXIES: '127.0.0.1,::1' };
  let url: string;
  let drop: () => Promise<void>;
  let prisma: PrismaClient;
  let auth: Auth;
  let a: Instance;
  let b: Instance;
  const start = () => startServer(url, inject('distDir'), { env });

  beforeAll(async () => {
    if (provider === 'sqlite') {
      const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-instances-'));
      url = `file:${path.join(dir, 'app.db')}`;
      drop = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      ({ url, drop } = await createDatabase(inject('postgresUrl')!));
    }
    await prepareDatabase(url, { quiet: true });
    prisma = createPrismaClient(url);
    auth = createAuth(prisma, { secret });
    [a, b] = await Promise.all([start(), start()]);
  });
  afterAll(async () => {
    a?.stop();
    b?.stop();
    await prisma?.$disconnect();
    await drop?.();
  });

  test('a session made on A is valid on B, until it signs out on either', async () => {
    const email = `session-${provider}@example.org`;
    expect((await send(a.baseURL, '/api/auth/sign-up/email', { method: 'POST', body: { email, password: PASSWORD, name: 'Both' } })).status).toBe(200);
    const signIn = await send(a.baseURL, '/api/auth/sign-in/email', { method: 'POST', body: { email, password: PASSWORD } });
    expect(signIn.status).toBe(200);
    const cookie = cookieOf(signIn);
    const { id } = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await (await send(b.baseURL, '/api/v1/me', { cookie })).json()).toEqual({ viewer: { id, name: 'Both', role: 'reader' } });
    // A keeps the reader's overlay for their session…
    const overlay = `/api/v1/me/marks?release=${SLUG}&script=hans`;
    expect((await send(a.baseURL, overlay, { cookie })).status).toBe(200);
    expect((await send(a.baseURL, overlay, { cookie })).headers.get('cache-status')).toBe('duizhao; hit');
    // …and signing out on B ends it on A, the kept overlay too.
    expect((await send(b.baseURL, '/api/auth/sign-out', { method: 'POST', cookie, body: {} })).status).toBe(200);
    expect(await (await send(a.baseURL, '/api/v1/me', { cookie })).json()).toEqual({ viewer: null });
    expect((await send(a.baseURL, overlay, { cookie })).status).toBe(401);
  });

  test("a note written through A is on B's next page", async () => {
    const [{ cookie }] = await accounts(auth, 1, `next-page-${provider}`);
    const page = `/en/glossary/${encodeURIComponent(TERM)}`;
    expect(await (await send(b.baseURL, page, { cookie })).text()).not.toContain('NOTE-THROUGH-A');
    const created = await send(a.baseURL, '/api/v1/notes', { method: 'POST', cookie, body: { term: TERM, body: 'NOTE-THROUGH-A', visibility: 'private' } });
    expect(created.status).toBe(201);
    expect(await (await send(b.baseURL, page, { cookie })).text()).toContain('NOTE-THROUGH-A');
    const listed = (await (await send(b.baseURL, `/api/v1/notes?term=${encodeURIComponent(TERM)}`, { cookie })).json()) as { notes: { body: string }[] };
    expect(listed.notes.map((n) => n.body)).toContain('NOTE-THROUGH-A');
  });

  test("a shared note and a curated edit made on A invalidate B's cached release view: B's next answer has them, within a second", async () => {
    const [writer, editor] = await accounts(auth, 2, `invalidate-${provider}`);
    await prisma.user.update({ where: { email: editor.email }, data: { role: 'editor' } });
    // The release API answer is shared (the same for everyone), so B's front keeps it.
    const view = `/api/v1/releases/${SLUG}?script=hant`;
    const fromB = async () => {
      const response = await send(b.baseURL, view);
      expect(response.status).toBe(200);
      return { cache: response.headers.get('cache-status'), etag: response.headers.get('etag'), release: (await response.json()) as ReleaseJson, at: performance.now() };
    };
    const first = await fromB();
    const cached = await fromB();
    expect(cached.cache).toBe('duizhao; hit');
    expect(cached.etag).toBe(first.etag);

    // A shared note on a run of the text no term marks yet: B's next answer marks it there.
    const { segment, start, end } = unmarkedRun(cached.release);
    const term = segment.zh.slice(start, end);
    const marked = (release: ReleaseJson) => release.segments.find((s) => s.id === segment.id)!.terms.some((t) => t.start === start && t.end === end);
    expect(marked(cached.release)).toBe(false);
    const shared = await send(a.baseURL, '/api/v1/notes', { method: 'POST', cookie: writer.cookie, body: { term, body: 'SHARED-ON-A', visibility: 'shared' } });
    expect(shared.status).toBe(201);
    const noted = performance.now();
    const afterNote = await fromB();
    expect(afterNote.at - noted).toBeLessThan(1000);
    expect(afterNote.cache).not.toBe('duizhao; hit');
    expect(afterNote.etag).not.toBe(cached.etag);
    expect(marked(afterNote.release)).toBe(true);
    expect((await fromB()).cache).toBe('duizhao; hit'); // and kept again

    // A curated edit adding a rendering that stands in a segment's English: B's next answer marks it in that English.
    const curated = new Set((await prisma.glossaryTerm.findMany({ select: { key: true } })).map((t) => t.key));
    const { key, segment: holder, word } = unrenderedWord(afterNote.release, curated);
    const entry = await prisma.glossaryTerm.findUniqueOrThrow({ where: { key } });
    const rendered = (release: ReleaseJson) => {
      const s = release.segments.find((x) => x.id === holder.id)!;
      return s.englishTerms.some((t) => t.key === key && s.en.slice(t.start, t.end).toLowerCase() === word.toLowerCase());
    };
    expect(rendered(afterNote.release)).toBe(false);
    const edit = await send(a.baseURL, `/api/v1/glossary/${encodeURIComponent(key)}`, {
      method: 'PATCH',
      cookie: editor.cookie,
      body: { renderings: [...JSON.parse(entry.renderings), { text: word, source: 'working' }] },
    });
    expect(edit.status).toBe(200);
    const edited = performance.now();
    const afterEdit = await fromB();
    expect(afterEdit.at - edited).toBeLessThan(1000);
    expect(afterEdit.cache).not.toBe('duizhao; hit');
    expect(afterEdit.etag).not.toBe(afterNote.etag);
    expect(rendered(afterEdit.release)).toBe(true);
  });

  test("rate limits count across instances: the 31st note write of a minute, and an account's sign-in backoff", async () => {
    const [{ cookie, email }] = await accounts(auth, 1, `limit-${provider}`);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const target = i % 2 ? b.baseURL : a.baseURL;
      statuses.push((await send(target, '/api/v1/notes', { method: 'POST', cookie, body: { term: TERM, body: `limit ${i}`, visibility: 'private' } })).status);
    }
    expect(statuses).toEqual([...Array(30).fill(201), 429]);
    // Five free failures, alternating instances and addresses; the sixth attempt, on either, waits.
    const signIns = [];
    for (let i = 0; i < 6; i++)
      signIns.push((await send(i % 2 ? b.baseURL : a.baseURL, '/api/auth/sign-in/email', { method: 'POST', body: { email, password: 'not the passphrase' } })).status);
    expect(signIns).toEqual([401, 401, 401, 401, 401, 429]);
    const waited = await send(a.baseURL, '/api/auth/sign-in/email', { method: 'POST', body: { email, password: PASSWORD } });
    expect(waited.status).toBe(429);
    expect(Number(waited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  /** Each marker's count among the notes in the database. */
  async function stored(prefix: string) {
    const rows = await prisma.note.findMany({ where: { body: { startsWith: `${prefix}-` } }, select: { body: true } });
    const counts = new Map<string, number>();
    for (const { body } of rows) counts.set(body, (counts.get(body) ?? 0) + 1);
    return counts;
  }

  // 500 writes, not the 1,000: on this 2-core machine 1,000 took 50 s on PostgreSQL and showed
  // nothing more (the kill test below stores acknowledged writes exactly once too); bench/cluster.ts writes more.
  test('500 note writes from 50 accounts through both instances at once: every one answered 201 and stored exactly once', async () => {
    const cookies = (await accounts(auth, 50, `load-${provider}`)).map((x) => x.cookie);
    const prefix = `load-${provider}`;
    const writes = await noteWrites({ targets: () => [a.baseURL, b.baseURL], cookies, total: 500, concurrency: 24, prefix });
    expect(writes.filter((w) => w.status !== 201)).toEqual([]);
    const counts = await stored(prefix);
    expect(counts.size).toBe(500);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(writes.map((w) => w.target))).toEqual(new Set([a.baseURL, b.baseURL]));
  });

  test('kill -9 of an instance mid-load, then a restart: every acknowledged write is stored exactly once, every unacknowledged one at most once', async () => {
    const cookies = (await accounts(auth, 30, `crash-${provider}`)).map((x) => x.cookie);
    const prefix = `crash-${provider}`;
    const killed = b;
    const tree = processesOf(killed.pid);
    let targets = [a.baseURL, killed.baseURL];
    let restart: Promise<Instance> | null = null;
    let probe: Promise<string> | null = null;
    // One write B holds unanswered (its body's last byte unsent) until it dies: whatever the load's
    // timing, a write is in flight on B at the kill. Its last byte goes only after the kill.
    const held = await heldWrite(killed.baseURL, cookies[0], `${prefix}-during-held`);
    // Writes through both; at the 100th answer B's whole process tree gets SIGKILL, and the load
    // goes on through A while B restarts.
    const load = await noteWrites({
      targets: () => targets,
      cookies,
      total: 300,
      concurrency: 16,
      prefix: `${prefix}-during`,
      onWrite: (_, done) => {
        if (done !== 100 || restart) return;
        killTree(killed.pid);
        held.release();
        // Asked at once (before the new B may take the same port): no process of B can answer any more.
        probe = fetch(`${killed.baseURL}/api/v1/releases`).then(
          () => 'answered',
          () => 'refused',
        );
        targets = [a.baseURL];
        restart = start();
      },
    });
    const heldAnswer = await held.answer;
    expect(unacknowledged(heldAnswer)).toBe(true);
    const during = [...load, heldAnswer];
    expect(restart).not.toBeNull();
    b = await restart!;
    // B was gone: nothing answered at its address, and none of its processes lives on.
    expect(await probe).toBe('refused');
    expect(tree.filter(stillRunning)).toEqual([]);
    // Then writes through A and the new B.
    const after = await noteWrites({ targets: () => [a.baseURL, b.baseURL], cookies, total: 100, concurrency: 8, prefix: `${prefix}-after` });

    const writes = [...during, ...after];
    expect(writes.filter((w) => !acknowledged(w) && !unacknowledged(w))).toEqual([]);
    // Only the killed instance failed anyone: every write through A, and every one after the restart, was acknowledged.
    expect(writes.filter((w) => w.target === a.baseURL && !acknowledged(w))).toEqual([]);
    expect(after.every(acknowledged)).toBe(true);
    // The kill fell mid-load: B had acknowledged writes before it, some were in flight on B when it died, and the new B took writes.
    const onKilled = during.filter((w) => w.target === killed.baseURL);
    expect(onKilled.filter(acknowledged).length).toBeGreaterThan(0);
    expect(onKilled.filter(unacknowledged).length).toBeGreaterThan(0);
    expect(after.filter((w) => w.target === b.baseURL).length).toBe(50);

    const counts = await stored(prefix);
    for (const w of writes.filter(acknowledged)) expect(counts.get(w.marker), w.marker).toBe(1);
    for (const w of writes.filter(unacknowledged)) expect(counts.get(w.marker) ?? 0, w.marker).toBeLessThanOrEqual(1);
    const sent = new Set(writes.map((w) => w.marker));
    expect([...counts.keys()].filter((marker) => !sent.has(marker))).toEqual([]);
    if (provider === 'sqlite') {
      const file = new Database(url.slice('file:'.length), { readonly: true });
      try {
        expect(file.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        file.close();
      }
    }
  });
});
