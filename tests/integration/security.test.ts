import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/client';
import { appDatabase } from '../support/app-database';
import { PASSWORD, signUp } from '../support/sign-up';

const SITE = 'http://localhost:3000';
let db: Awaited<ReturnType<typeof appDatabase>>;
let prisma: PrismaClient;
let notes: typeof import('@/app/api/v1/notes/route');
let note: typeof import('@/app/api/v1/notes/[id]/route');
let me: typeof import('@/app/api/v1/me/route');
let tokens: typeof import('@/app/api/v1/me/tokens/route');
let token: typeof import('@/app/api/v1/me/tokens/[id]/route');
let glossary: typeof import('@/app/api/v1/glossary/route');

beforeAll(async () => {
  db = await appDatabase();
  prisma = db.prisma;
  [notes, note, me, tokens, token, glossary] = await Promise.all([
    import('@/app/api/v1/notes/route'),
    import('@/app/api/v1/notes/[id]/route'),
    import('@/app/api/v1/me/route'),
    import('@/app/api/v1/me/tokens/route'),
    import('@/app/api/v1/me/tokens/[id]/route'),
    import('@/app/api/v1/glossary/route'),
  ]);
}, 60_000);
afterAll(() => db.close());

let accounts = 0;
const account = (name: string, role?: 'editor') => signUp(prisma, { name, email: `security-${++accounts}@example.org`, role });
const request = (path: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new Request(`${SITE}${path}`, { method, headers, body });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const json = { 'content-type': 'application/json' };
const noteBody = JSON.stringify({ term: '專精特新', body: 'x', visibility: 'shared' });

describe('cross-site writes with a valid session are refused', () => {
  let cookie: string;
  let id: string;
  beforeAll(async () => {
    cookie = await account('Victim');
    const made = await notes.POST(request('/api/v1/notes', { method: 'POST', headers: { ...json, cookie, origin: SITE }, body: noteBody }));
    expect(made.status).toBe(201);
    id = ((await made.json()) as { note: { id: string } }).note.id;
  });

  test.each([
    ['another site', { origin: 'http://evil.example' }],
    ['another port of this host (same site)', { origin: 'http://localhost:3001', 'sec-fetch-site': 'same-site' }],
    ['an opaque origin', { origin: 'null' }],
    ['no Origin at all', {}],
    ['a cross-site fetch whose Origin was stripped', { 'sec-fetch-site': 'cross-site' }],
  ])('from %s: POST, PATCH and DELETE are 403, and nothing changes', async (_, headers) => {
    const before = await prisma.note.count();
    const answers = [
      await notes.POST(request('/api/v1/notes', { method: 'POST', headers: { ...json, cookie, ...headers }, body: noteBody })),
      await note.PATCH(request(`/api/v1/notes/${id}`, { method: 'PATCH', headers: { ...json, cookie, ...headers }, body: '{"body":"hijacked"}' }), params(id)),
      await note.DELETE(request(`/api/v1/notes/${id}`, { method: 'DELETE', headers: { cookie, ...headers } }), params(id)),
    ];
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403]);
    expect(await prisma.note.count()).toBe(before);
    expect((await prisma.note.findUniqueOrThrow({ where: { id } })).body).toBe('x');
  });

  test.each([
    ['text/plain (what a form can send cross-site)', 'text/plain'],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
    ['multipart/form-data', 'multipart/form-data; boundary=x'],
    ['no content type', ''],
  ])('a JSON endpoint refuses a body sent as %s with 415', async (_, type) => {
    const response = await notes.POST(request('/api/v1/notes', { method: 'POST', headers: { cookie, origin: SITE, ...(type && { 'content-type': type }) }, body: noteBody }));
    expect(response.status).toBe(415);
  });
});

describe('personal API tokens', () => {
  test('made in a session, they sign scripted writes without an Origin; revoked, they sign nothing', async () => {
    const cookie = await account('Scripter');
    const made = await tokens.POST(request('/api/v1/me/tokens', { method: 'POST', headers: { ...json, cookie, origin: SITE }, body: '{"name":"notebook"}' }));
    expect(made.status).toBe(201);
    const { token: secret, id, prefix } = (await made.json()) as { token: string; id: string; prefix: string };
    expect(secret.startsWith(prefix)).toBe(true);
    expect(await prisma.apiToken.count({ where: { hash: { contains: secret } } })).toBe(0);

    const bearer = { authorization: `Bearer ${secret}` };
    const scripted = await notes.POST(request('/api/v1/notes', { method: 'POST', headers: { ...json, ...bearer }, body: noteBody }));
    expect(scripted.status).toBe(201);
    const listed = (await (await tokens.GET(request('/api/v1/me/tokens', { headers: bearer }))).json()) as { tokens: { id: string; lastUsedAt: string | null }[] };
    expect(listed.tokens).toEqual([expect.objectContaining({ id, lastUsedAt: expect.any(String) })]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    // A token cannot make more tokens, nor delete the account.
    expect((await tokens.POST(request('/api/v1/me/tokens', { method: 'POST', headers: { ...json, ...bearer }, body: '{"name":"x"}' }))).status).toBe(403);
    expect((await me.DELETE(request('/api/v1/me', { method: 'DELETE', headers: { ...json, ...bearer }, body: JSON.stringify({ password: PASSWORD }) }))).status).toBe(403);

    expect((await token.DELETE(request(`/api/v1/me/tokens/${id}`, { method: 'DELETE', headers: { cookie, origin: SITE } }), params(id))).status).toBe(204);
    expect((await notes.POST(request('/api/v1/notes', { method: 'POST', headers: { ...json, ...bearer }, body: noteBody }))).status).toBe(401);
  });

  test('a token that is not valid is no one, even beside a valid session cookie', async () => {
    const cookie = await account('Mixed');
    const response = await notes.POST(request('/api/v1/notes', { method: 'POST', headers: { ...json, cookie, origin: SITE, authorization: 'Bearer dz_nope' }, body: noteBody }));
    expect(response.status).toBe(401);
  });

  test("another reader's token cannot be revoked", async () => {
    const [alice, bob] = [await account('Alice T'), await account('Bob T')];
    const made = (await (await tokens.POST(request('/api/v1/me/tokens', { method: 'POST', headers: { ...json, cookie: alice, origin: SITE }, body: '{"name":"a"}' }))).json()) as {
      id: string;
    };
    expect((await token.DELETE(request(`/api/v1/me/tokens/${made.id}`, { method: 'DELETE', headers: { cookie: bob, origin: SITE } }), params(made.id))).status).toBe(404);
    expect(await prisma.apiToken.count({ where: { id: made.id } })).toBe(1);
  });
});

describe('deleting an account', () => {
  test('needs the password; then the reader, their sessions, tokens and all their notes go, and no one else’s', async () => {
    const [leaver, stayer] = [await account('Leaver'), await account('Stayer')];
    const write = (cookie: string, term: string, visibility: string) =>
      notes.POST(request('/api/v1/notes', { method: 'POST', headers: { ...json, cookie, origin: SITE }, body: JSON.stringify({ term, body: 'b', visibility }) }));
    await write(leaver, '離開詞甲', 'private');
    await write(leaver, '離開詞乙', 'shared');
    await write(stayer, '離開詞乙', 'shared');
    await tokens.POST(request('/api/v1/me/tokens', { method: 'POST', headers: { ...json, cookie: leaver, origin: SITE }, body: '{"name":"t"}' }));
    const user = (await (await me.GET(request('/api/v1/me', { headers: { cookie: leaver } }))).json()) as { viewer: { id: string } };
    const remove = (password: string) =>
      me.DELETE(request('/api/v1/me', { method: 'DELETE', headers: { ...json, cookie: leaver, origin: SITE }, body: JSON.stringify({ password }) }));

    expect((await remove('not my password at all')).status).toBe(403);
    expect(await prisma.user.count({ where: { id: user.viewer.id } })).toBe(1);
    expect((await remove(PASSWORD)).status).toBe(204);
    for (const model of [
      prisma.user.count({ where: { id: user.viewer.id } }),
      prisma.note.count({ where: { authorId: user.viewer.id } }),
      prisma.session.count({ where: { userId: user.viewer.id } }),
      prisma.apiToken.count({ where: { userId: user.viewer.id } }),
    ])
      expect(await model).toBe(0);
    expect(await (await me.GET(request('/api/v1/me', { headers: { cookie: leaver } }))).json()).toEqual({ viewer: null });
    // The shared term stays public through the other reader's note, now the only one.
    const listed = (await (await glossary.GET(request('/api/v1/glossary?q=離開詞乙'))).json()) as { terms: { key: string; noteCount: number }[] };
    expect(listed.terms).toEqual([expect.objectContaining({ noteCount: 1 })]);
  });
});
