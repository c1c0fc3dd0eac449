import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DomainError } from '@/lib/errors';
import { statusOf } from '@/lib/http/errors';
import type { PrismaClient } from '@/lib/db/client';
import { appDatabase } from '../support/app-database';
import { signUp } from '../support/sign-up';

type Service = typeof import('@/lib/server/notes/mutations') & typeof import('@/lib/server/notes/queries');
type Viewer = { id: string; name: string };

const SLUG = '2024-03-08-shandong-new-industrialization';
// The library's release files, read independently of the app.
const RELEASES_DIR = path.resolve(import.meta.dirname, '../../content/releases');
const RELEASES = readdirSync(RELEASES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseYaml(readFileSync(path.join(RELEASES_DIR, f), 'utf8')) as { slug: string; sourceScript: 'hans' | 'hant'; segments: { id: string; zh: string }[] });
/** Per release, how often a term occurs in its source file, in that release's own script: independent of the converter. */
const countsOf = (forms: { hans: string; hant: string }) =>
  RELEASES.map((r) => ({ slug: r.slug, count: r.segments.reduce((n, s) => n + s.zh.split(forms[r.sourceScript]).length - 1, 0) })).filter((r) => r.count > 0);
const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
const XSS = {
  term: '<script>alert(1)</script>專',
  name: '<img src=x onerror=alert(1)>',
  body: '<img src=x onerror=alert(1)> [x](javascript:alert(1)) <svg onload=alert(1)> **ok**',
};

let db: Awaited<ReturnType<typeof appDatabase>>;
let prisma: PrismaClient;
let service: Service;
let createPrismaClient: typeof import('@/lib/db/client').createPrismaClient;

beforeAll(async () => {
  db = await appDatabase();
  prisma = db.prisma;
  ({ createPrismaClient } = await import('@/lib/db/client'));
  service = { ...(await import('@/lib/server/notes/mutations')), ...(await import('@/lib/server/notes/queries')) };
});
afterAll(() => db.close());

let users = 0;
/** A fresh account (each test gets its own, so the per-minute write limit of one never touches another). */
async function newUser(name = `Reader ${users + 1}`, role: 'reader' | 'editor' = 'reader'): Promise<Viewer> {
  const id = `user-${++users}`;
  await prisma.user.create({ data: { id, name, email: `${id}@example.org`, role } });
  return { id, name };
}

const note = (viewer: Viewer, input: Record<string, unknown> = {}) => service.createNote(viewer, { term: '專精特新', body: 'A *note*.', visibility: 'private', ...input });

/** The error a call fails with (its code and message), or 'resolved'. */
async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => 'resolved' as const,
    (e: unknown) => e,
  );
  if (error === 'resolved') return error;
  expect(error).toBeInstanceOf(DomainError);
  const { code, message } = error as DomainError;
  return { code, status: statusOf(code), message };
}

describe('notes: create and read', () => {
  test('a note comes back as a NoteView with its key, rendered body and author', async () => {
    const author = await newUser('Lin Wei');
    const view = await note(author, { english: ' SRDI ', visibility: 'shared' });
    expect(view).toMatchObject({
      term: '專精特新',
      termKey: '专精特新',
      body: 'A *note*.',
      html: '<p>A <em>note</em>.</p>\n',
      english: 'SRDI',
      visibility: 'shared',
      author: { id: author.id, name: 'Lin Wei' },
      mine: true,
    });
    expect(new Date(view.createdAt).toISOString()).toBe(view.createdAt);
    expect(view.updatedAt).toBe(view.createdAt);
  });

  test('a note typed in any script is found under one key, newest first', async () => {
    const author = await newUser();
    const forms = ['专精特新', '專精特新'];
    const made = [];
    for (const term of forms) made.push(await note(author, { term }));
    const listed = await service.listNotes(author, { termKey: '专精特新', authorId: author.id });
    expect(listed.map((n) => n.id)).toEqual(made.map((n) => n.id).reverse());
    expect(new Set(listed.map((n) => n.termKey))).toEqual(new Set(['专精特新']));
  });
});

describe('notes: permissions between accounts', () => {
  let alice: Viewer;
  let bob: Viewer;
  let editor: Viewer;
  let secret: Awaited<ReturnType<Service['createNote']>>;
  let open: Awaited<ReturnType<Service['createNote']>>;

  beforeAll(async () => {
    alice = await newUser('Alice');
    bob = await newUser('Bob');
    editor = await newUser('Eddie', 'editor');
    secret = await note(alice, { term: '腾笼换鸟', body: 'SECRET-PLAN', visibility: 'private' });
    open = await note(alice, { term: '腾笼换鸟', body: 'open thoughts', visibility: 'shared' });
  });

  test('others and anonymous readers list the shared note only; the author lists both', async () => {
    const ids = async (viewer: Viewer | null) => (await service.listNotes(viewer, { termKey: '腾笼换鸟' })).map((n) => n.id);
    expect(await ids(alice)).toEqual([open.id, secret.id]);
    for (const viewer of [bob, editor, null]) expect(await ids(viewer)).toEqual([open.id]);
    const seen = await service.listNotes(bob, { authorId: alice.id });
    expect(seen.map((n) => n.id)).toEqual([open.id]);
    expect(seen[0].mine).toBe(false);
  });

  test.each([
    ['reads the history of', (v: Viewer | null, id: string) => service.getNoteHistory(v, id), true],
    ['edits', (v: Viewer | null, id: string) => service.updateNote(v!, id, { body: 'hijacked' }), false],
    ['deletes', (v: Viewer | null, id: string) => service.deleteNote(v!, id), false],
  ])("another reader who %s a private note gets exactly a missing note's 404", async (_, act, anonymousToo) => {
    for (const viewer of anonymousToo ? [bob, editor, null] : [bob, editor]) {
      const refused = await failure(act(viewer, secret.id));
      const missing = await failure(act(viewer, 'no-such-note'));
      expect(refused).toMatchObject({ code: 'not_found', status: 404 });
      expect(refused).toEqual({ ...(missing as object), message: (missing as { message: string }).message.replace('no-such-note', secret.id) });
      expect(JSON.stringify(refused)).not.toMatch(/SECRET|腾笼换鸟|Alice/);
    }
  });

  test.each([
    ['edit', (v: Viewer, id: string) => service.updateNote(v, id, { body: 'hijacked', visibility: 'private' })],
    ['delete', (v: Viewer, id: string) => service.deleteNote(v, id)],
  ])('another reader (or an editor) may read a shared note but not %s it: 403', async (_, act) => {
    for (const viewer of [bob, editor]) {
      expect(await failure(act(viewer, open.id))).toMatchObject({ code: 'forbidden', status: 403 });
      const { note: read } = await service.getNoteHistory(viewer, open.id);
      expect(read).toMatchObject({ body: 'open thoughts', mine: false });
    }
  });

  test('refused attempts changed nothing and left no revisions', async () => {
    const rows = await prisma.note.findMany({ where: { id: { in: [secret.id, open.id] } }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.body, r.visibility])).toEqual([
      ['SECRET-PLAN', 'private'],
      ['open thoughts', 'shared'],
    ]);
    expect(await prisma.noteRevision.count({ where: { noteId: { in: [secret.id, open.id] } } })).toBe(0);
  });

  test('a shared note made private disappears for others', async () => {
    const flip = await note(alice, { visibility: 'shared', body: 'soon private' });
    await service.updateNote(alice, flip.id, { visibility: 'private' });
    expect(await failure(service.getNoteHistory(bob, flip.id))).toMatchObject({ code: 'not_found' });
    expect((await service.listNotes(bob, { authorId: alice.id })).map((n) => n.id)).not.toContain(flip.id);
  });
});

describe('notes: edits keep revisions', () => {
  test('each edit stores the version it replaced; history lists them newest first', async () => {
    const author = await newUser('Author');
    const first = await note(author, { body: 'v1', english: 'one' });
    await new Promise((r) => setTimeout(r, 5));
    const second = await service.updateNote(author, first.id, { body: 'v2' });
    await service.updateNote(author, first.id, { body: 'v3', english: '', term: '专精特新' });
    const { note: current, revisions } = await service.getNoteHistory(author, first.id);
    expect(current).toMatchObject({ body: 'v3', english: null, term: '专精特新', termKey: '专精特新' });
    expect(current.updatedAt > first.updatedAt).toBe(true);
    expect(revisions.map((r) => [r.body, r.english])).toEqual([
      ['v2', 'one'],
      ['v1', 'one'],
    ]);
    expect(revisions[1].updatedAt).toBe(first.createdAt);
    expect(revisions[1].replacedAt).toBe(second.updatedAt);
    expect(revisions[0].updatedAt).toBe(second.updatedAt);
    expect(revisions.every((r) => r.author.id === author.id && r.html === `<p>${r.body}</p>\n`)).toBe(true);
    const stored = await prisma.noteRevision.findMany({ where: { noteId: first.id } });
    expect(stored.every((r) => r.editorId === author.id)).toBe(true);
  });

  test('a patch that changes nothing stores no revision', async () => {
    const author = await newUser();
    const n = await note(author, { body: 'same' });
    const after = await service.updateNote(author, n.id, { body: 'same', visibility: 'private' });
    expect(after.updatedAt).toBe(n.updatedAt);
    expect(await prisma.noteRevision.count({ where: { noteId: n.id } })).toBe(0);
  });

  test('others see only the versions that were shared', async () => {
    const [author, other] = [await newUser(), await newUser()];
    const n = await note(author, { body: 'private draft', visibility: 'private' });
    await service.updateNote(author, n.id, { body: 'public v1', visibility: 'shared' });
    await service.updateNote(author, n.id, { body: 'public v2' });
    const own = await service.getNoteHistory(author, n.id);
    const theirs = await service.getNoteHistory(other, n.id);
    expect(own.revisions.map((r) => r.body)).toEqual(['public v1', 'private draft']);
    expect(theirs.revisions.map((r) => r.body)).toEqual(['public v1']);
    expect(JSON.stringify(theirs)).not.toContain('private draft');
  });

  test('deleting a note removes it and its revisions', async () => {
    const author = await newUser();
    const n = await note(author);
    await service.updateNote(author, n.id, { body: 'edited' });
    await service.deleteNote(author, n.id);
    expect(await prisma.note.count({ where: { id: n.id } })).toBe(0);
    expect(await prisma.noteRevision.count({ where: { noteId: n.id } })).toBe(0);
    expect(await failure(service.getNoteHistory(author, n.id))).toMatchObject({ code: 'not_found' });
  });
});

describe('notes: hostile and invalid input', () => {
  test('script in the term, body and display name comes back inert in html and verbatim as plain strings', async () => {
    const author = await newUser(XSS.name);
    const made = await note(author, { term: XSS.term, body: XSS.body, visibility: 'shared' });
    const [listed] = await service.listNotes(null, { termKey: made.termKey });
    for (const view of [made, listed]) {
      expect(view.term).toBe(XSS.term);
      expect(view.author.name).toBe(XSS.name);
      expect(view.html).not.toMatch(/<(script|img|svg)/i);
      expect(view.html.match(/<[^>]*>/g)?.join('')).not.toMatch(/\son\w+=|javascript:/i);
      expect(view.html).toContain('<strong>ok</strong>');
    }
  });

  test.each([
    ['term', { term: '' }],
    ['term', { term: '   ' }],
    ['term', { term: 'no chinese' }],
    ['term', { term: '專'.repeat(31) }],
    ['body', { body: '' }],
    ['body', { body: '字'.repeat(5001) }],
    ['english', { english: 'x'.repeat(201) }],
    ['visibility', { visibility: 'everyone' }],
  ])('400 naming %s', async (field, input) => {
    const author = await newUser();
    expect(await failure(note(author, input))).toMatchObject({ code: 'bad_request', status: 400, message: expect.stringMatching(new RegExp(`^${field}:`)) });
    expect(await prisma.note.count({ where: { authorId: author.id } })).toBe(0);
  });

  test('an empty patch is a 400', async () => {
    const author = await newUser();
    const n = await note(author);
    expect(await failure(service.updateNote(author, n.id, {}))).toMatchObject({ code: 'bad_request' });
  });
});

describe('notes: write rate limit', () => {
  test('the 31st write in a minute is a 429; other accounts are unaffected; edits and deletes count', async () => {
    const [busy, calm] = [await newUser(), await newUser()];
    const first = await note(busy);
    for (let i = 1; i < 29; i++) await note(busy, { body: `n${i}` });
    await service.updateNote(busy, first.id, { body: 'edit' }); // 30th
    expect(await failure(note(busy))).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(await failure(service.deleteNote(busy, first.id))).toMatchObject({ code: 'rate_limited' });
    expect(await prisma.note.count({ where: { authorId: busy.id } })).toBe(29);
    await expect(note(calm)).resolves.toMatchObject({ mine: true });
  });

  test('refused and no-op changes take no slot', async () => {
    const [owner, writer] = [await newUser(), await newUser()];
    const theirs = await note(owner, { visibility: 'shared' });
    const own = await note(writer, { body: 'same' });
    for (let i = 2; i < 30; i++) await note(writer, { body: `n${i}` });
    for (let i = 0; i < 5; i++) {
      expect(await failure(service.updateNote(writer, theirs.id, { body: 'x' }))).toMatchObject({ code: 'forbidden' });
      expect(await failure(service.updateNote(writer, own.id, { body: 'same' }))).toBe('resolved');
    }
    await expect(note(writer, { body: 'the 30th' })).resolves.toMatchObject({ body: 'the 30th' });
    expect(await failure(note(writer))).toMatchObject({ code: 'rate_limited' });
  });

  test('concurrent writes cannot overshoot the limit', async () => {
    const racer = await newUser();
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => note(racer, { body: `race ${i}` })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(30);
    expect(await prisma.note.count({ where: { authorId: racer.id } })).toBe(30);
  });

  test('the window slides: a slot frees exactly a minute after the write that took it', async () => {
    const { takeNoteWriteSlot } = await import('@/lib/server/notes/rate-limit');
    const { NOTE_WRITE_WINDOW_MS, NOTE_WRITES_PER_WINDOW } = await import('@/lib/notes/errors');
    const { id } = await newUser();
    const t0 = 1_000_000;
    const take = (at: number) => takeNoteWriteSlot(prisma, id, at);
    for (let i = 0; i < NOTE_WRITES_PER_WINDOW; i++) expect(await take(t0 + i * 1000)).toBe(true);
    expect(await take(t0 + (NOTE_WRITES_PER_WINDOW - 1) * 1000 + 1)).toBe(false);
    expect(await take(t0 + NOTE_WRITE_WINDOW_MS - 1)).toBe(false);
    // The first write's slot frees at t0 + 1 min, the second's a second later.
    expect(await take(t0 + NOTE_WRITE_WINDOW_MS)).toBe(true);
    expect(await take(t0 + NOTE_WRITE_WINDOW_MS + 1)).toBe(false);
    expect(await take(t0 + NOTE_WRITE_WINDOW_MS + 1000)).toBe(true);
    // Expired rows are pruned as the user writes: the log never holds more than a window's worth.
    expect(await prisma.rateLimit.count({ where: { key: { startsWith: `note-write:${id}:` } } })).toBe(NOTE_WRITES_PER_WINDOW);
  });
});

describe('notes: concurrency and durability', () => {
  test('50 concurrent writes from 5 accounts are all stored, none doubled', async () => {
    const accounts = await Promise.all(Array.from({ length: 5 }, (_, i) => newUser(`Concurrent ${i}`)));
    const writes = accounts.flatMap((a, i) => Array.from({ length: 10 }, (_, j) => note(a, { body: `c-${i}-${j}`, visibility: j % 2 ? 'shared' : 'private' })));
    const views = await Promise.all(writes);
    const rows = await prisma.note.findMany({ where: { authorId: { in: accounts.map((a) => a.id) } } });
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.body)).size).toBe(50);
    expect(new Set(views.map((v) => v.id))).toEqual(new Set(rows.map((r) => r.id)));
    for (const [i, a] of accounts.entries())
      expect(
        rows
          .filter((r) => r.authorId === a.id)
          .map((r) => r.body)
          .sort(),
      ).toEqual(Array.from({ length: 10 }, (_, j) => `c-${i}-${j}`).sort());
  });

  test('refused writes roll nothing back: other requests’ writes made meanwhile on the shared connection stay', async () => {
    // The SQLite adapter runs every query of the process on one connection, so whatever another
    // request writes while a transaction is open lands inside it.
    const [owner, intruder, bystander] = [await newUser(), await newUser(), await newUser()];
    const target = await note(owner, { visibility: 'shared' });
    const bystanderWrites = Array.from({ length: 40 }, (_, i) =>
      prisma.note.create({ data: { term: '專', termKey: '专', body: `bystander ${i}`, visibility: 'private', authorId: bystander.id } }),
    );
    const refusals = Array.from({ length: 40 }, () => failure(service.updateNote(intruder, target.id, { body: 'x' })));
    const interleaved = await Promise.all(refusals.flatMap((r, i) => [r, bystanderWrites[i]]));
    expect(interleaved.filter((_, i) => i % 2 === 0)).toEqual(Array(40).fill(expect.objectContaining({ code: 'forbidden' })));
    expect(await prisma.note.count({ where: { authorId: bystander.id } })).toBe(40);
  });

  test('notes and revisions survive a restart (new connections on the same file)', async () => {
    const author = await newUser();
    const n = await note(author, { body: 'before restart' });
    await service.updateNote(author, n.id, { body: 'after edit' });
    await prisma.$disconnect();
    await (await import('@/lib/server/db')).disconnect();
    prisma = createPrismaClient(db.url);
    const { note: read, revisions } = await service.getNoteHistory(author, n.id);
    expect(read).toMatchObject({ id: n.id, body: 'after edit', mine: true });
    expect(revisions.map((r) => r.body)).toEqual(['before restart']);
  });
});

describe('what a note changes for cached views: the public glossary or one reader’s overlay', () => {
  test('a private note bumps only its author’s overlay; a shared one the term and the releases holding it', async () => {
    const { currentVersions } = await import('@/lib/server/versions');
    const { GLOSSARY, releaseGlossaryTag, termTag, userTag } = await import('@/lib/cache/tags');
    const { ownTerms } = await import('@/lib/server/views/overlay');
    const [author, other] = [await newUser(), await newUser()];
    const snapshot = async () => new Map(await currentVersions());
    // The sequence row '*' moves with every bump; what matters is which tags did.
    const changed = (a: Map<string, number>, b: Map<string, number>) => [...new Set([...a.keys(), ...b.keys()])].filter((t) => t !== '*' && a.get(t) !== b.get(t)).sort();

    const before = await snapshot();
    await note(author, { term: '新質生產力', visibility: 'private' });
    const afterPrivate = await snapshot();
    expect(changed(before, afterPrivate)).toEqual([userTag(author.id)]);
    expect((await ownTerms(author.id)).keys).toEqual(['新质生产力']);
    expect((await ownTerms(other.id)).keys).toEqual([]);

    const shared = await note(author, { term: '新质生产力', visibility: 'shared' });
    const afterShared = await snapshot();
    const holding = countsOf({ hans: '新质生产力', hant: '新質生產力' }).map((r) => releaseGlossaryTag(r.slug));
    expect(holding.length).toBeGreaterThanOrEqual(2);
    expect(changed(afterPrivate, afterShared)).toEqual([GLOSSARY, ...holding, termTag('新质生产力'), userTag(author.id)].sort());
    // A shared note on a term no release holds invalidates no release's views.
    await note(author, { term: '不在文中', visibility: 'shared' });
    expect(changed(afterShared, await snapshot())).toEqual([GLOSSARY, termTag('不在文中'), userTag(author.id)].sort());
    const beforeDelete = await snapshot();
    await service.deleteNote(author, shared.id);
    expect(changed(beforeDelete, await snapshot())).toEqual([GLOSSARY, ...holding, termTag('新质生产力'), userTag(author.id)].sort());
  });
});

describe('glossary data', () => {
  let glossary: typeof import('@/lib/server/glossary/queries');
  let sharer: Viewer;
  let hider: Viewer;

  beforeAll(async () => {
    glossary = await import('@/lib/server/glossary/queries');
    sharer = await newUser('Sharer');
    hider = await newUser('Hider');
    await note(sharer, { term: '挖潜强基', english: 'Tap Potential, Strengthen Foundations', visibility: 'shared' });
    await note(hider, { term: '瞪羚獨角獸', english: 'gazelles and unicorns', visibility: 'private' });
  });

  test.each([
    ['Traditional', '專精特新'],
    ['Simplified', '专精特新'],
    ['part of the term', '精特'],
    ['pinyin without tones or spaces', 'zhuanjingtexin'],
    ['pinyin with tones', 'zhuān jīng tè xīn'],
    ['partial pinyin with spaces', 'zhuan jing'],
    ['pinyin with tone numbers', 'zhuan1 jing1'],
    ['English, any case', 'SPECIALIZED, REFINED'],
  ])('q as %s finds 专精特新', async (_, q) => {
    const terms = await glossary.listGlossary({ q, script: 'hant', viewer: null });
    expect(terms.map((t) => t.key)).toContain('专精特新');
    if (q !== '精特') expect(terms.every((t) => t.key === '专精特新' || t.pinyin !== null)).toBe(true);
  });

  test('a query that is not pinyin is not matched as pinyin', async () => {
    await note(sharer, { term: '5G基站', english: '5G base stations', visibility: 'shared' });
    const terms = await glossary.listGlossary({ q: '5g', script: 'hans', viewer: null });
    // Found by its English (an explanation that mentions 5G counts too), never as the pinyin "g".
    expect(terms.map((t) => t.key)).toContain('5G基站');
    expect(terms.filter((t) => /g/.test(t.pinyin.normalize('NFD')) && !/5g/i.test(JSON.stringify(t)))).toEqual([]);
  });

  test('an item: forms in the asked script, pinyin, renderings, occurrences counted per release', async () => {
    const expected = countsOf({ hans: '专精特新', hant: '專精特新' }).sort(bySlug);
    expect(expected.map((r) => r.slug)).toContain(SLUG);
    for (const [script, form] of [
      ['hans', '专精特新'],
      ['hant', '專精特新'],
      ['hk', '專精特新'],
    ] as const) {
      const [item] = await glossary.listGlossary({ q: '专精特新', script, viewer: null });
      expect(item).toMatchObject({ key: '专精特新', term: form, curated: true, pinyin: 'zhuān jīng tè xīn', noteCount: expect.any(Number) });
      expect(item.forms).toContain(form);
      expect(item.renderings[0]).toMatchObject({ source: 'official', text: expect.stringContaining('specialized') });
      expect({ ...item.occurrences, releases: [...item.occurrences.releases].sort(bySlug) }).toEqual({ total: expected.reduce((n, r) => n + r.count, 0), releases: expected });
    }
  });

  test('terms with shared notes are listed for everyone; private ones only for their author', async () => {
    const keys = async (viewer: Viewer | null, q?: string) => (await glossary.listGlossary({ q, script: 'hans', viewer })).map((t) => t.key);
    expect(await keys(null)).toContain('挖潜强基');
    expect(await keys(null)).not.toContain('瞪羚独角兽');
    expect(await keys(sharer)).not.toContain('瞪羚独角兽');
    expect(await keys(hider)).toContain('瞪羚独角兽');
    // Curated entries whose explanations speak of gazelles are found too; the private term only by its author.
    expect(await keys(null, 'gazelles')).not.toContain('瞪羚独角兽');
    expect(await keys(hider, 'gazelles')).toContain('瞪羚独角兽');
    const [item] = await glossary.listGlossary({ q: '挖潛強基', script: 'tw', viewer: null });
    expect(item).toMatchObject({
      key: '挖潜强基',
      term: '挖潛強基',
      curated: false,
      pinyin: 'wā qián qiáng jī',
      noteCount: 1,
      noteEnglish: ['Tap Potential, Strengthen Foundations'],
    });
    expect(item.occurrences.total).toBe(countsOf({ hans: '挖潜强基', hant: '挖潛強基' }).reduce((n, r) => n + r.count, 0));
  });

  test('every curated term is listed, curated and noted terms together in pinyin order', async () => {
    const terms = await glossary.listGlossary({ script: 'hans', viewer: null });
    expect(terms.filter((t) => t.curated)).toHaveLength(await prisma.glossaryTerm.count());
    const keys = terms.map((t) => t.key);
    const at = (key: string) => keys.indexOf(key);
    // biāo … chǎn … wā (a note's term) … zhuān
    expect([at('标志性产业链'), at('产学研'), at('挖潜强基'), at('专精特新')].every((i, n, all) => i >= 0 && (n === 0 || all[n - 1] < i))).toBe(true);
  });

  test('an entry: the same for any script form; concordance sentences in the asked script', async () => {
    const hk = await glossary.getGlossaryEntry('專精特新', 'hk', null);
    const hans = await glossary.getGlossaryEntry('专精特新', 'hans', null);
    expect(hk?.key).toBe('专精特新');
    expect(hans?.key).toBe('专精特新');
    expect(hk?.explanation).toBe(hans?.explanation);
    expect(hk?.concordance.map((c) => c.segmentId)).toEqual(hans?.concordance.map((c) => c.segmentId));
    expect(hk!.concordance.length).toBeGreaterThan(0);
    for (const [entry, form] of [
      [hk!, '專精特新'],
      [hans!, '专精特新'],
    ] as const)
      for (const line of entry.concordance) {
        expect(line).toMatchObject({ releaseTitle: { en: expect.any(String) }, en: expect.any(String) });
        expect(countsOf({ hans: '专精特新', hant: '專精特新' }).map((r) => r.slug)).toContain(line.slug);
        expect(line.sentence).toContain(form);
        expect(line.sentence.slice(0, -1)).not.toMatch(/[。！？；]/); // one sentence, ending at its mark
        expect(RELEASES.find((r) => r.slug === line.slug)!.segments.find((s) => s.id === line.segmentId)?.zh).toBeDefined();
      }
    expect(hans!.concordance.every((c) => !/[專術業]/.test(c.sentence + c.releaseTitle.zh))).toBe(true);
  });

  test('an entry lists only the notes the viewer may see; a term nobody curated or noted is null', async () => {
    const own = await glossary.getGlossaryEntry('瞪羚独角兽', 'hant', hider);
    expect(own).toMatchObject({ curated: false, term: '瞪羚獨角獸', noteCount: 1, explanation: null });
    expect(own?.notes.map((n) => n.mine)).toEqual([true]);
    expect(await glossary.getGlossaryEntry('瞪羚獨角獸', 'hant', sharer)).toBeNull();
    expect(await glossary.getGlossaryEntry('火星殖民', 'hans', null)).toBeNull();
  });

  test('notes on terms that occur in a release', async () => {
    const elsewhere = await note(sharer, { term: '火星殖民', visibility: 'shared' });
    const listed = await glossary.listNotesInRelease(SLUG, null);
    expect(listed?.map((n) => n.termKey)).toContain('挖潜强基');
    expect(listed?.map((n) => n.id)).not.toContain(elsewhere.id);
    expect(listed?.every((n) => n.visibility === 'shared')).toBe(true);
    expect((await glossary.listNotesInRelease(SLUG, hider))?.map((n) => n.termKey)).toContain('瞪羚独角兽');
    expect(await glossary.listNotesInRelease(SLUG, null, '瞪羚独角兽')).toEqual([]);
    expect(await glossary.listNotesInRelease('no-such-release', null)).toBeNull();
  });
});

describe('HTTP: /api/v1/notes and /api/v1/glossary with real sessions', () => {
  let notesRoute: typeof import('@/app/api/v1/notes/route');
  let noteRoute: typeof import('@/app/api/v1/notes/[id]/route');
  let historyRoute: typeof import('@/app/api/v1/notes/[id]/history/route');
  let glossaryRoute: typeof import('@/app/api/v1/glossary/route');
  let entryRoute: typeof import('@/app/api/v1/glossary/[term]/route');
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    [notesRoute, noteRoute, historyRoute, glossaryRoute, entryRoute] = await Promise.all([
      import('@/app/api/v1/notes/route'),
      import('@/app/api/v1/notes/[id]/route'),
      import('@/app/api/v1/notes/[id]/history/route'),
      import('@/app/api/v1/glossary/route'),
      import('@/app/api/v1/glossary/[term]/route'),
    ]);
    alice = await signUp(prisma, { name: 'Alice Http', email: 'alice@example.org' });
    bob = await signUp(prisma, { name: 'Bob Http', email: 'bob@example.org' });
  });

  // Writes come from the site's own pages, as a browser's do: with their Origin.
  const request = (url: string, { method = 'GET', cookie, body, headers = {} }: { method?: string; cookie?: string; body?: BodyInit; headers?: Record<string, string> } = {}) =>
    new Request(`http://localhost:3000${url}`, {
      method,
      body,
      headers: { 'content-type': 'application/json', ...(method !== 'GET' && { origin: 'http://localhost:3000' }), ...(cookie ? { cookie } : {}), ...headers },
    });
  const json = async (response: Response) => ({ status: response.status, body: response.status === 204 ? null : await response.json() });
  const create = (cookie: string | undefined, input: unknown) => notesRoute.POST(request('/api/v1/notes', { method: 'POST', cookie, body: JSON.stringify(input) })).then(json);
  const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

  test('POST without a session is 401; with one it is 201 and the note is the signed-in reader’s', async () => {
    const input = { term: '專精特新', body: 'via **HTTP**', visibility: 'private' };
    expect(await create(undefined, input)).toEqual({ status: 401, body: { error: { code: 'unauthorized', message: expect.any(String) } } });
    expect(await create('better-auth.session_token=forged.value', input)).toMatchObject({ status: 401 });
    const { status, body } = await create(alice, input);
    expect(status).toBe(201);
    expect(body.note).toMatchObject({ term: '專精特新', html: '<p>via <strong>HTTP</strong></p>\n', mine: true, author: { name: 'Alice Http' } });
  });

  test('400 names the field; 413 for a body over 32 KB, by Content-Length or by what was read', async () => {
    expect(await create(alice, { term: '專精特新', body: '' })).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringMatching(/^body:/) } } });
    expect(await create(alice, { term: 'x', body: 'y' })).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/^term:/) } } });
    expect(await create(alice, { term: '專精特新', body: 'x'.repeat(40_000) })).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    const lying = request('/api/v1/notes', { method: 'POST', cookie: alice, body: '{}', headers: { 'content-length': '99999' } });
    expect(await json(await notesRoute.POST(lying))).toMatchObject({ status: 413 });
    const garbage = request('/api/v1/notes', { method: 'POST', cookie: alice, body: '{"term":' });
    expect(await json(await notesRoute.POST(garbage))).toMatchObject({ status: 400 });
  });

  test('PATCH, DELETE and history across two signed-in accounts', async () => {
    const { body: made } = await create(alice, { term: '腾笼换鸟', body: 'shared v1', visibility: 'shared' });
    const { body: hidden } = await create(alice, { term: '腾笼换鸟', body: 'hidden', visibility: 'private' });
    const patch = (cookie: string | undefined, id: string, input: unknown) =>
      noteRoute.PATCH(request(`/api/v1/notes/${id}`, { method: 'PATCH', cookie, body: JSON.stringify(input) }), idParams(id)).then(json);
    const remove = (cookie: string | undefined, id: string) => noteRoute.DELETE(request(`/api/v1/notes/${id}`, { method: 'DELETE', cookie }), idParams(id)).then(json);
    const history = (cookie: string | undefined, id: string) => historyRoute.GET(request(`/api/v1/notes/${id}/history`, { cookie }), idParams(id)).then(json);

    expect(await patch(undefined, made.note.id, { body: 'x' })).toMatchObject({ status: 401 });
    expect(await patch(bob, made.note.id, { body: 'x' })).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await patch(bob, hidden.note.id, { body: 'x' })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await remove(bob, made.note.id)).toMatchObject({ status: 403 });
    expect(await remove(bob, hidden.note.id)).toMatchObject({ status: 404 });
    expect(await history(bob, hidden.note.id)).toMatchObject({ status: 404 });

    expect(await patch(alice, made.note.id, { body: 'shared v2' })).toMatchObject({ status: 200, body: { note: { body: 'shared v2' } } });
    const { body: seen } = await history(bob, made.note.id);
    expect(seen.note).toMatchObject({ body: 'shared v2', mine: false });
    expect(seen.revisions.map((r: { body: string }) => r.body)).toEqual(['shared v1']);

    expect(await remove(alice, made.note.id)).toEqual({ status: 204, body: null });
    expect(await history(alice, made.note.id)).toMatchObject({ status: 404 });
  });

  test('GET /notes by term (any script) and by release shows each viewer what they may see', async () => {
    const { body: mine } = await create(bob, { term: '小巨人', body: 'bob private', visibility: 'private' });
    const list = async (query: string, cookie?: string) => json(await notesRoute.GET(request(`/api/v1/notes${query}`, { cookie })));
    const ids = (r: { body: { notes: { id: string }[] } }) => r.body.notes.map((n) => n.id);
    expect(ids(await list(`?term=${encodeURIComponent('小巨人')}`, bob))).toContain(mine.note.id);
    expect(ids(await list(`?term=${encodeURIComponent('小巨人')}`, alice))).not.toContain(mine.note.id);
    expect(ids(await list(`?release=${SLUG}`, bob))).toContain(mine.note.id);
    expect(ids(await list(`?release=${SLUG}`))).not.toContain(mine.note.id);
    expect(await list('?release=no-such-release')).toMatchObject({ status: 404 });
  });

  test('GET /glossary and /glossary/{term} in any script form', async () => {
    const { status, body } = await json(await glossaryRoute.GET(request('/api/v1/glossary?script=hant&q=zhuanjingtexin')));
    expect(status).toBe(200);
    expect(body).toMatchObject({ script: 'hant', q: 'zhuanjingtexin' });
    expect(body.terms.map((t: { term: string }) => t.term)).toContain('專精特新');
    expect(await json(await glossaryRoute.GET(request('/api/v1/glossary?script=klingon')))).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringMatching(/^script/) } },
    });

    const entry = (term: string, query = '') => entryRoute.GET(request(`/api/v1/glossary/${encodeURIComponent(term)}${query}`), { params: Promise.resolve({ term }) }).then(json);
    const hk = await entry('專精特新', '?script=hk');
    const encoded = await entry(encodeURIComponent('专精特新'), '?script=hk');
    expect(hk).toMatchObject({ status: 200, body: { key: '专精特新', script: 'hk', term: '專精特新' } });
    expect(encoded.body).toEqual(hk.body);
    expect(await entry('月球基地')).toMatchObject({ status: 404 });
  });
});
