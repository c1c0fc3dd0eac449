// The running stack (the caching front before next start) over HTTP, no browser: one view behind
// every surface, invalidation by writes, revalidation, security headers, malformed paths.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { setRole } from '@/lib/db/roles';
import { parseCsv } from '@/lib/study/export/csv';
import { baseURL, RELEASE } from './browser';

const PASSWORD = 'a long enough passphrase';
const run = Date.now().toString(36);
let address = 0;
const prisma = createPrismaClient(inject('databaseURL'));
afterAll(() => prisma.$disconnect());

/** A request as a browser on this site sends it: its Origin on writes, its own client address. */
async function send(path: string, { cookie, method = 'GET', body, headers = {} }: { cookie?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  return fetch(`${baseURL()}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      'x-forwarded-for': `198.18.0.${++address % 250}`,
      ...(method !== 'GET' && { origin: baseURL(), 'content-type': 'application/json' }),
      ...(cookie && { cookie }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function account(name: string, role: 'reader' | 'editor' = 'reader'): Promise<string> {
  const email = `http-${run}-${name.toLowerCase()}@example.org`;
  expect((await send('/api/auth/sign-up/email', { method: 'POST', body: { email, password: PASSWORD, name } })).status).toBe(200);
  if (role === 'editor') await prisma.user.update({ where: { email }, data: { role } });
  // Signing up signs no one in (it would tell who has an account): sign in as a reader does.
  const response = await send('/api/auth/sign-in/email', { method: 'POST', body: { email, password: PASSWORD } });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const reader = (script: string, pinyin = 'off') => `/en/releases/${RELEASE}?script=${script}&layout=side&pinyin=${pinyin}&tones=plain&lookup=off`;
const text = (html: string) =>
  html
    .replace(/<rt[^>]*>.*?<\/rt>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** One row of the reader page: its Chinese as shown, the terms marked in it (in order), the ruby readings. */
function row(page: string, id: string) {
  const start = page.indexOf(`<div id="p-${id}" class="row`);
  const cell = page.slice(start, page.indexOf('<div class="cell en"', start));
  return {
    zh: text(cell.replace(/<p class="speaker">.*?<\/p>/, '')),
    terms: [...cell.matchAll(/<a class="term[^"]*" href="[^"]*\/glossary\/([^"?]+)[?"]/g)].map((m) => decodeURIComponent(m[1])),
    // A word's syllables share one <rt>, space-separated (each in a tone span when tones are shown).
    readings: [...cell.matchAll(/<rt aria-hidden="true">(.*?)<\/rt>/g)].flatMap((m) => m[1]!.replace(/<[^>]+>/g, '').split(' ')),
    english: [...page.slice(start, page.indexOf('<div class="row-tools">', start)).matchAll(/<span class="term-en" data-term="([^"]+)">([^<]+)<\/span>/g)].map((m) => m[2]),
  };
}

describe('one view behind the page, the API and the exports', () => {
  test.each(['hans', 'hant', 'tw', 'hk'])('%s: the same text, the same marks, the same readings', async (script) => {
    const page = await (await send(reader(script, 'marks'))).text();
    const api = (await (await send(`/api/v1/releases/${RELEASE}?script=${script}&pinyin=1`)).json()) as {
      segments: { id: string; zh: string; terms: { start: number; end: number; key: string }[]; pinyin: string[] }[];
    };
    expect(api.segments.length).toBeGreaterThan(20);
    for (const s of api.segments) {
      const shown = row(page, s.id);
      expect(shown.zh, s.id).toBe(s.zh);
      expect(shown.terms, s.id).toEqual(s.terms.map((t) => t.key));
      expect(shown.readings, s.id).toEqual(s.pinyin.filter(Boolean));
    }
    // The export's curated items are the curated terms the page marks (other tests' shared notes mark
    // terms too), each with the reading the page shows over it.
    const csv = parseCsv(await (await send(`/api/v1/export/csv?release=${RELEASE}&script=${script}&show=curated`)).text());
    const glossary = (await (await send(`/api/v1/glossary?script=${script}`)).json()) as { terms: { key: string; curated: boolean }[] };
    const curated = new Set(glossary.terms.filter((t) => t.curated).map((t) => t.key));
    const marked = new Set(api.segments.flatMap((s) => s.terms.map((t) => t.key)).filter((k) => curated.has(k)));
    expect(marked.size).toBeGreaterThan(20);
    for (const key of marked)
      expect(
        csv.map((i) => i.key),
        key,
      ).toContain(key);
    for (const s of api.segments)
      for (const t of s.terms.filter((x) => curated.has(x.key))) {
        const before = Array.from(s.zh.slice(0, t.start)).length;
        const syllables = s.pinyin.slice(before, before + Array.from(s.zh.slice(t.start, t.end)).length).filter(Boolean);
        expect(csv.find((i) => i.key === t.key)!.pinyin.toLowerCase(), `${s.id} ${t.key}`).toBe(syllables.join(' '));
      }
  });
});

describe('each text sent once', () => {
  /** The text of React's flight payload (the `self.__next_f.push` scripts), decoded. */
  const flight = (page: string) =>
    [...page.matchAll(/<script[^>]*>self\.__next_f\.push\((\[1,.*?\])\)<\/script>/gs)].map((m) => (JSON.parse(m[1]!) as [number, string])[1]).join('');

  test('React’s payload carries no passage, glossary note, control or outline entry, which the HTML has, and the print notes list every marked term', async () => {
    const page = await (await send(reader('hant'))).text();
    const payload = flight(page);
    expect(payload.length).toBeGreaterThan(1000);
    const api = (await (await send(`/api/v1/releases/${RELEASE}?script=hant`)).json()) as { segments: { zh: string; en: string; terms: { key: string }[] }[] };
    const shown = text(page);
    for (const s of api.segments) {
      expect(shown).toContain(s.zh.slice(0, 12));
      expect(payload, s.zh).not.toContain(s.zh.slice(0, 12));
      // The end of each English: the page's description (in the payload, as metadata) quotes the lead's start.
      if (s.en) expect(payload, s.en).not.toContain(s.en.slice(-40));
    }
    const list = page.indexOf('<ol class="print-terms"');
    const notes = page.slice(list, page.indexOf('</ol>', list));
    const keys = new Set(api.segments.flatMap((s) => s.terms.map((t) => t.key)));
    expect(notes.match(/<li>/g)).toHaveLength(keys.size);
    for (const control of ['print-terms', 'switcher-label', 'outline-count', 'data-choice']) expect(payload, control).not.toContain(control);
  });
});

describe('caching that a write never outlives', () => {
  let editor: string;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    [editor, alice, bob] = [await account('Editor', 'editor'), await account('Alice'), await account('Bob')];
  });

  test('a page is answered with a strong ETag and revalidated with a 304', async () => {
    const first = await send(reader('hk'));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const again = await send(reader('hk'), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // A signed-in reader gets the same page, marked private.
    const signedIn = await send(reader('hk'), { cookie: alice });
    expect(signedIn.headers.get('etag')).toBe(etag);
    expect(signedIn.headers.get('cache-control')).toBe('private, no-cache');
  });

  test("a signed-in reader's /api/v1/me is kept for their session; a new role shows at once, and sign-out ends it", async () => {
    const cookie = await account('Carol');
    const me = async () => {
      const response = await send('/api/v1/me', { cookie });
      return { status: response.headers.get('cache-status'), viewer: ((await response.json()) as { viewer: { role: string } | null }).viewer };
    };
    expect((await me()).viewer?.role).toBe('reader');
    expect(await me()).toEqual({ status: 'duizhao; hit', viewer: expect.objectContaining({ role: 'reader' }) });
    await setRole(prisma, { email: `http-${run}-carol@example.org` }, 'editor');
    expect((await me()).viewer?.role).toBe('editor');
    expect((await send('/api/auth/sign-out', { method: 'POST', cookie, body: {} })).status).toBe(200);
    expect((await me()).viewer).toBeNull();
  });

  test("an editor's curated edit shows on the next page and API answer; putting it back does too", async () => {
    const before = await (await send(reader('hans'))).text();
    const beforeApi = await send(`/api/v1/releases/${RELEASE}?script=hans`);
    // A curated term of s1, given as its rendering a phrase s1's English has (and nothing marks yet).
    const key = row(before, 's1').terms[0];
    const phrase = 'practical actions';
    expect(row(before, 's1').english).not.toContain(phrase);
    const entry = (await (await send(`/api/v1/glossary/${encodeURIComponent(key)}`)).json()) as { renderings: { text: string; source: string }[] };
    const patch = (renderings: unknown) => send(`/api/v1/glossary/${encodeURIComponent(key)}`, { method: 'PATCH', cookie: editor, body: { renderings } });
    expect((await patch([{ text: phrase, source: 'working' }])).status).toBe(200);
    const after = await (await send(reader('hans'))).text();
    expect(row(after, 's1').english).toContain(phrase);
    expect((await send(`/api/v1/releases/${RELEASE}?script=hans`, { headers: { 'if-none-match': beforeApi.headers.get('etag')! } })).status).toBe(200);
    expect((await patch(entry.renderings)).status).toBe(200);
    expect(row(await (await send(reader('hans'))).text(), 's1').english).not.toContain(phrase);
  });

  test('a shared note marks its term for every reader; a private one only in its author’s overlay', async () => {
    // 出席 occurs in the release's lead and is in no curated term.
    const term = '出席';
    const anonymousBefore = await send(reader('hk'));
    const etag = anonymousBefore.headers.get('etag')!;
    expect(row(await anonymousBefore.text(), 'lead').terms).not.toContain(term);
    const marks = async (cookie: string) =>
      ((await (await send(`/api/v1/me/marks?release=${RELEASE}&script=hk`, { cookie })).json()) as { marks: { key: string; segment: string }[] }).marks;
    expect((await marks(alice)).filter((m) => m.key === term)).toEqual([]); // her overlay, as kept before the note
    expect((await send(`/api/v1/me/marks?release=${RELEASE}&script=hk`, { cookie: alice })).headers.get('cache-status')).toBe('duizhao; hit');

    const privately = await send('/api/v1/notes', { method: 'POST', cookie: alice, body: { term, body: 'mine', visibility: 'private' } });
    expect(privately.status).toBe(201);
    // The public page did not change: the same bytes, still revalidated.
    expect((await send(reader('hk'), { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await marks(alice)).filter((m) => m.key === term).length).toBeGreaterThan(0);
    expect((await marks(bob)).filter((m) => m.key === term)).toEqual([]);

    const shared = await send('/api/v1/notes', { method: 'POST', cookie: bob, body: { term, body: 'for all', visibility: 'shared' } });
    expect(shared.status).toBe(201);
    const after = await send(reader('hk'), { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(row(await after.text(), 'lead').terms).toContain(term);
  });
});

describe('headers on every kind of answer', () => {
  const PAGES = [
    '/en',
    reader('tw'),
    '/en/glossary',
    `/en/glossary/${encodeURIComponent('专精特新')}`,
    `/en/releases/${RELEASE}/vocabulary?script=hans`,
    '/en/sign-in',
    '/zh-Hant/sign-up',
    '/en/no-such-page',
  ];

  test.each(PAGES)('%s: a CSP allowing exactly its own inline scripts, and the rest', async (path) => {
    const response = await send(path);
    const html = await response.text();
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) expect(csp).toContain(`'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    // No header is built from the request's Host (a cache in front could be poisoned with it).
    expect(response.headers.get('link') ?? '').not.toContain('evil.example');
  });

  test('a 5,000-character path gets its not-found page with headers of ordinary size (nothing echoes the path)', async () => {
    const path = `/en/releases/${'a'.repeat(5000)}`;
    const response = await send(path);
    expect(response.status).toBe(404);
    const headerBytes = [...response.headers].reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
    expect(headerBytes).toBeLessThan(4096);
    expect([...response.headers].some(([, v]) => v.includes('a'.repeat(100)))).toBe(false);
  });

  test('an API answer may run nothing and be framed nowhere', async () => {
    const response = await send('/api/v1/releases', { headers: { 'x-forwarded-host': 'evil.example' } });
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('link')).toBeNull();
  });
});

describe('malformed percent-encoding is a 400 or a not-found page, never a 500', () => {
  const ESCAPES = ['%ff', '%E0%A4%A', '%C0%AE%C0%AE', '%', '%%', '%u0041', '%ED%A0%80'];
  test.each(ESCAPES)('%s', async (escape) => {
    for (const path of [`/en/releases/${escape}`, `/en/releases/${escape}/vocabulary`, `/zh-Hant/glossary/${escape}`]) {
      const response = await send(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('<html');
    }
    for (const path of [
      `/api/v1/releases/${escape}`,
      `/api/v1/glossary/${escape}`,
      `/api/v1/glossary/${escape}/history`,
      `/api/v1/notes/${escape}`,
      `/api/v1/notes/${escape}/history`,
    ]) {
      const response = await send(path);
      expect(response.status, path).toBe(400);
      expect(await response.json(), path).toMatchObject({ error: { code: 'bad_request' } });
    }
  });
});
