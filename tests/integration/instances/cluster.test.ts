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
import { accounts, acknowledged, noteWrites, type Write } from '../../support/load';
import { createDatabase } from '../../support/postgres';
import { killTree } from '../../support/processes';

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

  test('a session made on A is valid on B', async () => {
    const email = `session-${provider}@example.org`;
    expect((await send(a.baseURL, '/api/auth/sign-up/email', { method: 'POST', body: { email, password: PASSWORD, name: 'Both' } })).status).toBe(200);
    const signIn = await send(a.baseURL, '/api/auth/sign-in/email', { method: 'POST', body: { email, password: PASSWORD } });
    expect(signIn.status).toBe(200);
    const cookie = cookieOf(signIn);
    const me = await (await send(b.baseURL, '/api/v1/me', { cookie })).json();
    expect(me).toMatchObject({ user: { email } });
    // And signing out on B ends it on A.
    expect((await send(b.baseURL, '/api/auth/sign-out', { method: 'POST', cookie, body: {} })).status).toBe(200);
    expect(await (await send(a.baseURL, '/api/v1/me', { cookie })).json()).toMatchObject({ user: null });
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

  test("a shared note and a curated edit made on A are in B's cached views on B's next request", async () => {
    const [writer, editor] = await accounts(auth, 2, `invalidate-${provider}`);
    await prisma.user.update({ where: { email: editor.email }, data: { role: 'editor' } });
    const page = `/en/glossary/${encodeURIComponent(TERM)}`;
    const anonymous = async () => {
      const response = await send(b.baseURL, page);
      return { etag: response.headers.get('etag'), html: await response.text() };
    };
    const first = await anonymous();
    expect((await anonymous()).etag).toBe(first.etag); // B serves its cached copy

    const shared = await send(a.baseURL, '/api/v1/notes', { method: 'POST', cookie: writer.cookie, body: { term: TERM, body: 'SHARED-ON-A', visibility: 'shared' } });
    expect(shared.status).toBe(201);
    const acknowledgedAt = performance.now();
    const afterNote = await anonymous();
    const seenAfter = performance.now() - acknowledgedAt;
    expect(afterNote.html).toContain('SHARED-ON-A');
    expect(seenAfter).toBeLessThan(1000);

    const edit = await send(a.baseURL, `/api/v1/glossary/${encodeURIComponent(TERM)}`, {
      method: 'PATCH',
      cookie: editor.cookie,
      body: { explanation: 'EDITED-ON-A: small firms that specialise.' },
    });
    expect(edit.status).toBe(200);
    const afterEdit = await anonymous();
    expect(afterEdit.html).toContain('EDITED-ON-A');
    expect(afterEdit.etag).not.toBe(afterNote.etag);
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

  test('1,000 note writes from 50 accounts through both instances at once: each one answered 2xx is stored exactly once, none doubled', async () => {
    const cookies = (await accounts(auth, 50, `load-${provider}`)).map((x) => x.cookie);
    const prefix = `load-${provider}`;
    const writes = await noteWrites({ targets: () => [a.baseURL, b.baseURL], cookies, total: 1000, concurrency: 24, prefix });
    expect(writes.filter((w) => w.status !== 201)).toEqual([]);
    const counts = await stored(prefix);
    expect(counts.size).toBe(1000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(writes.map((w) => w.target))).toEqual(new Set([a.baseURL, b.baseURL]));
  });

  test('kill -9 of an instance mid-load, then a restart: every acknowledged write is stored once, nothing doubled', async () => {
    const cookies = (await accounts(auth, 30, `crash-${provider}`)).map((x) => x.cookie);
    const prefix = `crash-${provider}`;
    let targets = [a.baseURL, b.baseURL];
    let killedAt = -1;
    let restart: Promise<Instance> | null = null;
    const writes: Write[] = await noteWrites({
      targets: () => targets,
      cookies,
      total: 600,
      concurrency: 16,
      prefix,
      onWrite: (_, done) => {
        if (done === 150 && killedAt < 0) {
          killedAt = done;
          killTree(b.pid);
          targets = [a.baseURL];
        }
        if (done === 350 && !restart)
          restart = start().then((instance) => {
            b = instance;
            targets = [a.baseURL, b.baseURL];
            return instance;
          });
      },
    });
    await restart;
    const acked = acknowledged(writes);
    const lost = writes.filter((w) => w.status === 'error');
    expect(killedAt).toBe(150);
    expect(lost.length).toBeGreaterThan(0); // the kill did catch writes in flight
    expect(writes.filter((w) => w.status !== 'error' && w.status !== 201)).toEqual([]);
    expect(acked.length).toBeGreaterThan(500);
    const counts = await stored(prefix);
    for (const w of acked) expect(counts.get(w.marker), w.marker).toBe(1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true); // an unanswered write is stored once or not at all
    // The restarted instance serves, and B's writes go on.
    expect((await send(b.baseURL, '/api/v1/notes', { method: 'POST', cookie: cookies[0], body: { term: TERM, body: `${prefix}-after`, visibility: 'private' } })).status).toBe(201);
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
