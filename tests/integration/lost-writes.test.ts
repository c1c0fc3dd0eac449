import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { appDatabase } from '../support/app-database';

// Runs on SQLite and on PostgreSQL (the integration-pg project). A transaction must hold only its
// own statements: what other requests write while it is open, through the app's client, another
// client of the same process or better-auth's own transactions, survives its rollback, and a write
// waiting for it is not stuck behind it.

let db: Awaited<ReturnType<typeof appDatabase>>;
let app: typeof import('@/lib/server/db');
let auth: import('@/lib/server/auth/config').Auth;
const PASSWORD = 'a long enough passphrase';
const SITE = 'http://localhost:3000';

beforeAll(async () => {
  db = await appDatabase();
  app = await import('@/lib/server/db');
  ({ auth } = await import('@/lib/server/auth'));
});
afterAll(() => db.close());

const noteData = (authorId: string, body: string) => ({ term: '專精特新', termKey: '专精特新', body, visibility: 'private', authorId });
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function signIn(email: string, ip: string) {
  const headers = new Headers({ 'content-type': 'application/json', origin: SITE, 'x-forwarded-for': ip });
  return auth.handler(new Request(`${SITE}/api/auth/sign-in/email`, { method: 'POST', headers, body: JSON.stringify({ email, password: PASSWORD }) }));
}

describe('no lost writes', () => {
  test('failing transactions interleaved with other writers roll back only themselves', async () => {
    const prisma: PrismaClient = db.prisma; // a second client of this process, on the same database
    const ROUNDS = 8;
    const author = await prisma.user.create({ data: { id: 'author', name: 'Author', email: 'author@example.org' } });
    const emails = Array.from({ length: ROUNDS }, (_, r) => `reader${r}@example.org`);
    for (const email of emails) await auth.api.signUpEmail({ body: { email, password: PASSWORD, name: 'Reader' } });
    const seenInside: number[] = [];
    const waits: number[] = [];
    const timed = <T>(promise: Promise<T>) => {
      const issuedAt = performance.now();
      return promise.finally(() => waits.push(performance.now() - issuedAt));
    };

    const rounds = Array.from({ length: ROUNDS }, async (_, r) => {
      let inside!: () => void;
      const opened = new Promise<void>((resolve) => (inside = resolve));
      let issued!: () => void;
      const othersIssued = new Promise<void>((resolve) => (issued = resolve));
      // A transaction that writes, waits until the other writers have sent theirs, then fails.
      const failing = app.write(async (tx) => {
        await tx.note.create({ data: noteData(author.id, `doomed ${r}`) });
        await tx.noteRevision.create({
          data: { noteId: (await tx.note.findFirstOrThrow({ where: { body: `doomed ${r}` } })).id, editorId: author.id, term: 'x', body: 'x', visibility: 'private' },
        });
        inside();
        await othersIssued;
        await tick(5);
        // Outside this transaction nobody sees what it wrote.
        seenInside.push(await app.db.note.count({ where: { body: `doomed ${r}` } }));
        throw new Error(`refused ${r}`);
      });
      await opened;
      const others = [
        timed(app.db.note.create({ data: noteData(author.id, `single ${r}`) })),
        timed(app.write((tx) => tx.note.create({ data: noteData(author.id, `transaction ${r}`) }))),
        timed(prisma.note.create({ data: noteData(author.id, `other client ${r}`) })),
        // better-auth's rate limiter counts in a transaction of its own on the app's client.
        (async () => {
          const statuses = [];
          for (let i = 0; i < 2; i++) statuses.push((await signIn(emails[r], `198.51.100.${r + 1}`)).status);
          return statuses;
        })(),
      ];
      issued();
      const [failed, ...rest] = await Promise.allSettled([failing, ...others]);
      return { failed, rest };
    });
    const results = await Promise.all(rounds);

    for (const [r, { failed, rest }] of results.entries()) {
      expect(failed).toMatchObject({ status: 'rejected', reason: { message: `refused ${r}` } });
      expect(rest.map((x) => x.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      expect((rest[3] as PromiseFulfilledResult<number[]>).value).toEqual([200, 200]);
    }
    expect(seenInside).toEqual(Array(ROUNDS).fill(0));
    const bodies = (await prisma.note.findMany({ where: { authorId: author.id }, select: { body: true } })).map((n) => n.body).sort();
    const expected = Array.from({ length: ROUNDS }, (_, r) => [`single ${r}`, `transaction ${r}`, `other client ${r}`])
      .flat()
      .sort();
    expect(bodies).toEqual(expected); // every other writer's row once; no doomed row
    expect(await prisma.noteRevision.count()).toBe(0);
    expect(await prisma.session.count({ where: { user: { email: { in: emails } } } })).toBe(ROUNDS * 2); // 2 sign-ins each (a sign-up signs nobody in)
    // A write that waited for an open transaction went on when it ended, not after a lock timeout
    // (15 s: a SQLite connection's busy wait, which blocks the process that holds the lock).
    expect(Math.max(...waits)).toBeLessThan(10_000);
  });

  test('a write that fails inside a transaction (a unique key taken meanwhile) rolls back that transaction alone', async () => {
    const prisma: PrismaClient = db.prisma;
    const attempts = Array.from({ length: 10 }, (_, i) =>
      app.write(async (tx) => {
        await tx.user.create({ data: { id: `racer-${i}`, name: 'Racer', email: `racer-${i}@example.org` } });
        await tick(1);
        await tx.user.create({ data: { id: `taken-${i}`, name: 'Taken', email: 'taken@example.org' } }); // one wins the address
      }),
    );
    const singles = Array.from({ length: 10 }, (_, i) => app.db.user.create({ data: { id: `single-${i}`, name: 'Single', email: `single-${i}@example.org` } }));
    const settled = await Promise.allSettled([...attempts, ...singles]);
    expect(settled.slice(0, 10).filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    expect(settled.slice(10).every((s) => s.status === 'fulfilled')).toBe(true);
    expect(await prisma.user.count({ where: { id: { startsWith: 'racer-' } } })).toBe(1);
    expect(await prisma.user.count({ where: { id: { startsWith: 'single-' } } })).toBe(10);
  });
});
