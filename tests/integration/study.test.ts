import { loadDifficulty } from '@/lib/study/difficulty';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { convert } from '@/lib/chinese/convert';
import type { PrismaClient } from '@/lib/db/client';
import { parseAnkiTsv } from '@/lib/study/export/anki';
import { parseCsv } from '@/lib/study/export/csv';
import { parseMarkdown } from '@/lib/study/export/markdown';
import type { LookupEntry } from '@/lib/study/lookup-entry';
import { appDatabase } from '../support/app-database';
import { signUp as signUpAccount } from '../support/sign-up';

// Integration tests of the study layer over a real, seeded SQLite file: the pop-up dictionary API,
// per-character pinyin on the release API and the vocabulary exports. Expectations come from the
// content files (release and glossary YAML) or from first principles, never from the app's output.

const SLUG = '2024-03-08-shandong-new-industrialization';
const HAN = /\p{Script=Han}/u;
const ORIGIN = 'http://localhost:3000';

type Script = 'hans' | 'hant' | 'tw' | 'hk';
type GlossaryYaml = { hant: string; hans: string; pinyin: string; en: { text: string }[]; explanation: string };
type ReleaseYaml = { slug: string; sourceScript: 'hant' | 'hans'; segments: { id: string; zh: string; en: string }[] };

const root = process.cwd();
const release = parseYaml(readFileSync(path.join(root, 'content/releases', `${SLUG}.yaml`), 'utf8')) as ReleaseYaml;
const glossary = (parseYaml(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8')) as { terms: GlossaryYaml[] }).terms;
const curatedEntry = (hant: string) => {
  const entry = glossary.find((g) => g.hant === hant);
  if (!entry) throw new Error(`${hant} is not in content/glossary.yaml`);
  return entry;
};
/** A curated term as the release's own script writes it. */
const sourceForm = (g: GlossaryYaml) => g[release.sourceScript];
/** The release's segment texts as the reader shows them in `script`. */
const releaseText = (script: Script) => release.segments.map((s) => convert(s.zh, release.sourceScript, script));
const occurrences = (text: string, term: string) => text.split(term).length - 1;
/** A content release, as its file has it. */
const libraryRelease = (slug: string) => parseYaml(readFileSync(path.join(root, 'content/releases', `${slug}.yaml`), 'utf8')) as ReleaseYaml;
/** Every content release's segment texts in `script`. */
const libraryText = (script: Script) =>
  readdirSync(path.join(root, 'content/releases'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((file) => {
      const r = parseYaml(readFileSync(path.join(root, 'content/releases', file), 'utf8')) as ReleaseYaml;
      return r.segments.map((s) => convert(s.zh, r.sourceScript, script));
    });

/**
 * Glossary keys a reader sees marked in the release: leftmost-longest matching of the curated forms
 * over the source text (a term only ever found inside a longer curated term is not marked on its own).
 */
/**
 * The glossary terms in the release as a reader sees them: leftmost-longest, and each term lying
 * inside a longer one counted too (a note on 新型工業化 shows inside 推進新型工業化).
 */
function curatedInRelease() {
  const counts = new Map<string, number>();
  const spans: { segment: string; start: number; entry: GlossaryYaml }[] = [];
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const { id, zh } of release.segments) {
    for (let i = 0; i < zh.length;) {
      const best = glossary.filter((g) => zh.startsWith(sourceForm(g), i)).sort((a, b) => sourceForm(b).length - sourceForm(a).length)[0];
      if (best) {
        count(best.hans);
        spans.push({ segment: id, start: Array.from(zh.slice(0, i)).length, entry: best });
        for (const inner of glossary)
          for (let j = zh.indexOf(sourceForm(inner), i); j !== -1 && j + sourceForm(inner).length <= i + sourceForm(best).length; j = zh.indexOf(sourceForm(inner), j + 1))
            if (inner !== best || j !== i) count(inner.hans);
      }
      i += best ? sourceForm(best).length : 1;
    }
  }
  return { counts, spans };
}

let db: Awaited<ReturnType<typeof appDatabase>>;
let prisma: PrismaClient;
let dictionaryRoute: typeof import('@/app/api/v1/dictionary/route');
let releaseRoute: typeof import('@/app/api/v1/releases/[slug]/route');
let exportRoute: typeof import('@/app/api/v1/export/[format]/route');
let notesRoute: typeof import('@/app/api/v1/notes/route');

beforeAll(async () => {
  db = await appDatabase();
  prisma = db.prisma;
  [dictionaryRoute, releaseRoute, exportRoute, notesRoute] = await Promise.all([
    import('@/app/api/v1/dictionary/route'),
    import('@/app/api/v1/releases/[slug]/route'),
    import('@/app/api/v1/export/[format]/route'),
    import('@/app/api/v1/notes/route'),
  ]);
});
afterAll(() => db.close());

let accounts = 0;
/** A fresh signed-up account's session cookie. */
const signUp = (name: string) => signUpAccount(prisma, { name, email: `study-${++accounts}@example.org` });

const request = (url: string, { method = 'GET', cookie, body }: { method?: string; cookie?: string; body?: string } = {}) =>
  new Request(`${ORIGIN}${url}`, { method, body, headers: { 'content-type': 'application/json', ...(method !== 'GET' && { origin: ORIGIN }), ...(cookie ? { cookie } : {}) } });

/** A note written through POST /api/v1/notes; returns its id. */
async function writeNote(cookie: string, input: { term: string; body: string; visibility: 'private' | 'shared'; english?: string }) {
  const response = await notesRoute.POST(request('/api/v1/notes', { method: 'POST', cookie, body: JSON.stringify(input) }));
  expect(response.status).toBe(201);
  return ((await response.json()) as { note: { id: string } }).note.id as string;
}

type DictionaryBody = { q: string; script: string; match: string; entries: LookupEntry[]; attribution: string };
async function lookup(query: Record<string, string>, cookie?: string) {
  const response = await dictionaryRoute.GET(request(`/api/v1/dictionary?${new URLSearchParams(query)}`, { cookie }));
  return { status: response.status, body: (await response.json()) as DictionaryBody & { error?: { code: string; message: string } } };
}

type SegmentJson = { id: string; zh: string; pinyin?: string[] };
async function getRelease(query: string) {
  const response = await releaseRoute.GET(request(`/api/v1/releases/${SLUG}${query}`), { params: Promise.resolve({ slug: SLUG }) });
  return { status: response.status, body: await response.json() };
}

async function exportFile(format: string, query: Record<string, string>, cookie?: string) {
  const response = await exportRoute.GET(request(`/api/v1/export/${format}?${new URLSearchParams(query)}`, { cookie }), {
    params: Promise.resolve({ format }),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  // ignoreBOM keeps a leading U+FEFF in the text, so the test can see it (Response.text() drops it).
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { status: response.status, headers: response.headers, bytes, text };
}

/** HTML as Anki shows it: <br> as a line break, entities decoded. */
const fromHtml = (html: string) =>
  html
    .replace(/<br>/g, '\n')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
/** The HTML of the note on an Anki card's back: a reader's Markdown rendered and sanitised. */
const ankiNote = (back: string) => /<div class='note'>(.*?)<\/div>(?:<br>|$)/.exec(back)?.[1];
/** The decoded text of `<span class='cls'>…</span>` in an Anki field, or undefined. */
function ankiSpan(field: string, cls: string): string | undefined {
  const m = new RegExp(`<span class='${cls}'(?: lang='([^']*)')?>((?:[^<]|<br>)*)</span>`).exec(field);
  return m ? fromHtml(m[2]!) : undefined;
}

/** One parsed item per format, in the fields every format carries. */
type Parsed = { term: string; pinyin: string; english: string[]; note: string; example: { zh: string } | null; frequency?: number; source?: string };
function parseExport(format: 'anki' | 'csv' | 'md', text: string): Parsed[] {
  if (format === 'csv') return parseCsv(text);
  if (format === 'md') return parseMarkdown(text);
  return parseAnkiTsv(text).rows.map((row) => {
    const example = ankiSpan(row.back, 'example');
    const english = ankiSpan(row.back, 'english');
    return {
      term: ankiSpan(row.front, 'term') ?? '',
      pinyin: ankiSpan(row.back, 'pinyin') ?? '',
      english: english ? english.split('; ') : [],
      note: ankiSpan(row.back, 'note') ?? ankiNote(row.back) ?? '',
      example: example === undefined ? null : { zh: example },
      source: ['curated', 'note', 'dictionary'].find((s) => row.tags.includes(s)),
    };
  });
}

const FORMATS = ['anki', 'csv', 'md'] as const;
const EXTENSION = { anki: 'tsv', csv: 'csv', md: 'md' } as const;
const CONTENT_TYPE = { anki: 'text/tab-separated-values', csv: 'text/csv', md: 'text/markdown' } as const;

// ---------------------------------------------------------------------------------------------

describe('GET /api/v1/dictionary', () => {
  test('经济 and 經濟 find the CC-CEDICT entry for "economy", with the attribution', async () => {
    for (const [q, script] of [
      ['经济', 'hans'],
      ['經濟', 'hant'],
      ['經濟', 'hans'],
    ]) {
      const { status, body } = await lookup({ q, script });
      expect(status).toBe(200);
      expect(body).toMatchObject({ q, script, match: 'exact' });
      expect(body.attribution).toMatch(/CC-CEDICT/);
      expect(body.attribution).toMatch(/CC BY-SA 4\.0/);
      const cedict = body.entries.find((e) => e.source === 'cedict' && e.definitions.includes('economy'));
      expect(cedict).toMatchObject({ traditional: '經濟', simplified: '经济', word: script === 'hans' ? '经济' : '經濟' });
      // Tone marks, not numbers.
      expect(cedict!.pinyin).not.toMatch(/\d/);
    }
  });

  test.each([
    ['专精特新', 'hans'],
    ['專精特新', 'tw'],
    ['專精特新', 'hk'],
  ])('%s (script=%s) gives the curated glossary entry first', async (q, script) => {
    const curated = curatedEntry('專精特新');
    const { status, body } = await lookup({ q, script });
    expect(status).toBe(200);
    expect(body.entries[0]).toMatchObject({
      source: 'curated',
      word: script === 'hans' ? curated.hans : curated.hant,
      traditional: curated.hant,
      simplified: curated.hans,
      pinyin: curated.pinyin,
      definitions: curated.en.map((e) => e.text),
      note: curated.explanation,
    });
    expect(body.entries.filter((e) => e.source === 'curated')).toHaveLength(1);
  });

  test.each(['hant', 'tw', 'hans'] as const)('供應鏈 with match=prefixes (script=%s): 供應鏈, then 供應, then 供', async (script) => {
    const { status, body } = await lookup({ q: '供應鏈', script, match: 'prefixes' });
    expect(status).toBe(200);
    expect(body.match).toBe('prefixes');
    const cedict = body.entries.filter((e) => e.source === 'cedict');
    const prefixes = ['供应链', '供应', '供'];
    // Every entry is one of the prefixes, grouped longest first, each group present.
    const order = cedict.map((e) => prefixes.indexOf(e.simplified));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order)).toEqual(new Set([0, 1, 2]));
    for (const e of cedict) expect(e.word).toBe(script === 'hans' ? e.simplified : convert(e.traditional, 'hant', script));
    expect(cedict[0].word).toBe(script === 'hans' ? '供应链' : '供應鏈');
    expect(cedict[0].definitions.join(' ')).toMatch(/supply chain/);
  });

  test('q missing, too long (31 characters) or an unknown script is a 400 naming the field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{}, 'q'],
      [{ q: '' }, 'q'],
      [{ q: '經'.repeat(31) }, 'q'],
      [{ q: '经济', script: 'xx' }, 'script'],
      [{ q: '经济', match: 'suffixes' }, 'match'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await lookup(query);
      expect(status, JSON.stringify(query)).toBe(400);
      expect(body.error!.code).toBe('bad_request');
      expect(body.error!.message).toMatch(new RegExp(`^${field}:`));
    }
    // 30 characters is still allowed, counted in code points (a rare character is one, not two).
    expect((await lookup({ q: '經'.repeat(30) })).status).toBe(200);
    expect((await lookup({ q: '𠮷'.repeat(30), match: 'prefixes' })).status).toBe(200);
    expect((await lookup({ q: '𠮷'.repeat(31) })).status).toBe(400);
  });

  // Simplified→Traditional is one-to-many (发: 發 or 髮; 干: 乾, 幹 or 干; 后: 后 or 後), so a
  // Traditional headword comes from CC-CEDICT's own Traditional form, never from the Simplified.
  test.each([
    ['頭髮', /^hair/, '頭髮'],
    ['乾燥', /dry/, '乾燥'],
    ['髮', /^hair$/, '髮'],
    ['乾', /^dry$/, '乾'],
    ['后', /^empress$/, '后'],
  ])('%s: the entry for %s is headed %s in hant and tw, and Simplified in hans', async (q, sense, word) => {
    for (const script of ['hant', 'tw', 'hans'] as const) {
      const { status, body } = await lookup({ q, script });
      expect(status).toBe(200);
      const entry = body.entries.find((e) => e.source === 'cedict' && e.traditional === word && e.definitions.some((d) => sense.test(d)));
      expect(entry, `${q} ${script}`).toBeDefined();
      expect(entry!.word, `${q} ${script}`).toBe(script === 'hans' ? entry!.simplified : word);
    }
  });

  test('a word in no source is a 200 with no entries', async () => {
    const q = '𠮷𠮷𠮷乙乙乙';
    expect(glossary.some((g) => g.hant === q || g.hans === q)).toBe(false);
    expect(await lookup({ q, script: 'hant' })).toMatchObject({ status: 200, body: { q, entries: [] } });
    expect(await lookup({ q: 'xyzzy' })).toMatchObject({ status: 200, body: { entries: [] } });
  });

  describe('notes in the dictionary are the viewer’s own only', () => {
    // A word that occurs nowhere in the release, so the shared note below marks nothing there.
    const WORD = '熊貓';
    let alice: string;
    let bob: string;
    let aliceNote: string;
    let bobPrivate: string;
    let bobShared: string;

    beforeAll(async () => {
      expect(release.segments.some((s) => s.zh.includes(WORD))).toBe(false);
      alice = await signUp('Alice Dictionary');
      bob = await signUp('Bob Dictionary');
      aliceNote = await writeNote(alice, { term: WORD, body: 'ALICE-PRIVATE bamboo', visibility: 'private', english: 'giant panda (mine)' });
      bobPrivate = await writeNote(bob, { term: '熊猫', body: 'BOB-PRIVATE', visibility: 'private' });
      bobShared = await writeNote(bob, { term: WORD, body: 'BOB-SHARED', visibility: 'shared', english: 'bob panda' });
    });

    test('the author sees their private note first, as source "note" with its id, in any script', async () => {
      for (const [q, script] of [
        ['熊貓', 'hant'],
        ['熊猫', 'hans'],
        ['熊貓', 'tw'],
      ]) {
        const { body } = await lookup({ q, script }, alice);
        const notes = body.entries.filter((e) => e.source === 'note');
        expect(notes.map((n) => n.noteId)).toEqual([aliceNote]);
        expect(body.entries[0]).toMatchObject({
          source: 'note',
          noteId: aliceNote,
          note: 'ALICE-PRIVATE bamboo',
          simplified: '熊猫',
          traditional: '熊貓',
          word: script === 'hans' ? '熊猫' : '熊貓',
          definitions: ['giant panda (mine)'],
        });
        expect(body.entries[0].pinyin.split(' ')).toHaveLength(2);
        // Then the dictionary: no note or curated entry after a cedict one.
        const firstCedict = body.entries.findIndex((e) => e.source === 'cedict');
        expect(firstCedict).toBeGreaterThan(0);
        expect(body.entries.slice(firstCedict).every((e) => e.source === 'cedict')).toBe(true);
        expect(JSON.stringify(body)).not.toMatch(/BOB-/);
      }
    });

    test('with match=prefixes the note is still found', async () => {
      const { body } = await lookup({ q: '熊貓很可愛', script: 'hant', match: 'prefixes' }, alice);
      expect(body.entries[0]).toMatchObject({ source: 'note', noteId: aliceNote });
      expect(JSON.stringify(body)).not.toMatch(/BOB-/);
    });

    test('another reader sees only their own notes (private or shared), an anonymous reader none', async () => {
      const { body: bobs } = await lookup({ q: WORD, script: 'hant' }, bob);
      const bobNotes = bobs.entries.filter((e) => e.source === 'note');
      expect(new Set(bobNotes.map((n) => n.noteId))).toEqual(new Set([bobPrivate, bobShared]));
      expect(JSON.stringify(bobs)).not.toMatch(/ALICE-PRIVATE/);

      const { status, body: anonymous } = await lookup({ q: WORD, script: 'hant' });
      expect(status).toBe(200);
      expect(anonymous.entries.filter((e) => e.source === 'note')).toEqual([]);
      expect(anonymous.entries.length).toBeGreaterThan(0); // CC-CEDICT still answers
      expect(JSON.stringify(anonymous)).not.toMatch(/ALICE-|BOB-/);

      const forged = await lookup({ q: WORD, script: 'hant' }, 'better-auth.session_token=forged.value');
      expect(forged.body.entries.filter((e) => e.source === 'note')).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('GET /api/v1/releases/{slug}?pinyin=1', () => {
  const lian = curatedEntry('鏈長').pinyin.split(' ');
  const views: [string, Script][] = [
    ['?script=hans&pinyin=1', 'hans'],
    ['?script=hant&pinyin=1', 'hant'],
    ['?script=tw&pinyin=1', 'tw'],
    ['?script=hk&pinyin=1', 'hk'],
    ['?script=tw&wording=tw&pinyin=1', 'tw'],
    ['?pinyin=true', 'hant'],
  ];

  test.each(views)('%s: one reading per code point, empty exactly for non-Han characters', async (query) => {
    const { status, body } = await getRelease(query);
    expect(status).toBe(200);
    const segments = body.segments as SegmentJson[];
    expect(segments).toHaveLength(release.segments.length);
    for (const s of segments) {
      const chars = Array.from(s.zh);
      expect(s.pinyin, s.id).toHaveLength(chars.length);
      chars.forEach((ch, i) => {
        const reading = s.pinyin![i]!;
        if (HAN.test(ch)) expect(reading, `${s.id}[${i}] ${ch}`).toMatch(/^\p{L}+$/u);
        else expect(reading, `${s.id}[${i}] ${JSON.stringify(ch)}`).toBe('');
      });
    }
  });

  test.each(views)('%s: polyphones read in context (鏈長 liàn zhǎng, 行業 háng)', async (query) => {
    const { body } = await getRelease(query);
    let chains = 0;
    let trades = 0;
    for (const s of body.segments as SegmentJson[]) {
      const chars = Array.from(s.zh);
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = chars[i]! + chars[i + 1]!;
        if (pair === '鏈長' || pair === '链长') {
          chains++;
          expect(s.pinyin!.slice(i, i + 2), `${s.id}: ${pair}`).toEqual(lian);
        }
        if (pair === '行業' || pair === '行业') {
          trades++;
          expect(s.pinyin![i], `${s.id}: ${pair}`).toBe('háng');
        }
      }
    }
    // The release has both (checked against the YAML, so the loop above is not vacuous).
    expect(chains).toBe(release.segments.reduce((n, s) => n + occurrences(s.zh, sourceForm(curatedEntry('鏈長'))), 0));
    expect(trades).toBeGreaterThan(0);
    expect(chains).toBeGreaterThan(0);
  });

  test('every curated term in the release reads as its glossary pinyin, in place', async () => {
    const { body } = await getRelease('?script=hant&pinyin=1');
    const byId = new Map((body.segments as SegmentJson[]).map((s) => [s.id, s]));
    const { spans } = curatedInRelease();
    expect(spans.length).toBeGreaterThan(50);
    for (const { segment, start, entry } of spans) {
      // Ruby is lower case even for proper nouns (泰山 tài shān): see lib/study/pinyin.ts.
      // One syllable per Han character of the term (its punctuation has none).
      const syllables = entry.pinyin.toLowerCase().split(' ');
      const length = Array.from(sourceForm(entry)).length;
      const read = byId.get(segment)!.pinyin!.slice(start, start + length);
      expect(read.filter(Boolean), `${segment}: ${sourceForm(entry)}`).toEqual(syllables);
    }
  });

  test('readings do not depend on the script the text is shown in', async () => {
    const views = await Promise.all((['hans', 'hant', 'hk'] as const).map((script) => getRelease(`?script=${script}&pinyin=1`)));
    const [hans, ...others] = views.map((v) => (v.body.segments as SegmentJson[]).map((s) => s.pinyin));
    for (const other of others) expect(other).toEqual(hans);
  });

  test('without pinyin=1 (or with pinyin=0) segments have no pinyin key', async () => {
    for (const query of ['', '?script=hans', '?script=tw&wording=tw', '?pinyin=0', '?script=hk&pinyin=false']) {
      const { status, body } = await getRelease(query);
      expect(status).toBe(200);
      for (const s of body.segments) expect(Object.keys(s), query).not.toContain('pinyin');
    }
  });

  test.each(['?pinyin=maybe', '?script=hans&pinyin=2', '?pinyin='])('%s is a 400 naming pinyin', async (query) => {
    const { status, body } = await getRelease(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(/^pinyin/);
  });
});

// ---------------------------------------------------------------------------------------------
// Release exports run before any note that could mark the release exists (shared notes change
// what everyone's release vocabulary holds), so they compare with the content files alone.

describe('GET /api/v1/export/{format}?scope=release', () => {
  const TERM = curatedEntry('專精特新');
  const TERM_IN: Record<'hans' | 'hant', string> = { hans: TERM.hans, hant: TERM.hant };

  test.each(FORMATS.flatMap((format) => (['hans', 'hant'] as const).map((script) => [format, script] as const)))(
    '%s, script=%s: parses back with 专精特新 in that script, its example, reading and English',
    async (format, script) => {
      const { status, headers, text } = await exportFile(format, { release: SLUG, script });
      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe(`${CONTENT_TYPE[format]}; charset=utf-8`);
      const disposition = headers.get('content-disposition')!;
      // An ASCII filename= and the same name as RFC 5987 filename*=.
      expect(disposition).toMatch(new RegExp(`^attachment; filename="[A-Za-z0-9_-]+\\.${EXTENSION[format]}"; filename\\*=UTF-8''[^"; ]+\\.${EXTENSION[format]}$`));
      expect(disposition).toContain(SLUG);
      expect(disposition).toContain(script);

      const items = parseExport(format, text);
      const term = TERM_IN[script];
      const matches = items.filter((i) => i.term === term);
      expect(matches).toHaveLength(1);
      const item = matches[0]!;
      expect(item.pinyin).toBe(TERM.pinyin);
      expect(item.english).toEqual(TERM.en.map((e) => e.text));
      expect(item.example?.zh).toContain(term);
      // The example is one sentence of the release as shown in this script.
      expect(releaseText(script).some((zh) => zh.includes(item.example!.zh))).toBe(true);
      if (format !== 'md') expect(item.source).toBe('curated');
      // No item leaks the other script's form of the term.
      const other = script === 'hans' ? TERM.hant : TERM.hans;
      expect(items.some((i) => i.term === other)).toBe(false);
    },
  );

  test.each(['hans', 'hant', 'tw', 'hk'] as const)('CSV (script=%s): 專精特新 counts every occurrence in the release text', async (script) => {
    const term = convert(sourceForm(TERM), release.sourceScript, script);
    const expected = releaseText(script).reduce((n, zh) => n + occurrences(zh, term), 0);
    expect(expected).toBeGreaterThan(0);
    const items = parseCsv((await exportFile('csv', { release: SLUG, script })).text);
    const item = items.find((i) => i.key === TERM.hans);
    expect(item).toMatchObject({ term, frequency: expected, source: 'curated' });
    expect(item!.tags).toEqual(expect.arrayContaining(['duizhao', `release::${SLUG}`, 'curated']));
    // An HSK-like level for Anki: 专精特新 is not an HSK word, so its hardest character decides (HSK 4).
    expect(item!.tags.filter((t) => t.startsWith('hsk::'))).toEqual([`hsk::${(await loadDifficulty()).level(TERM.hans)}`]);
    expect(item!.tags).toContain('hsk::4');
    // The example cites the first paragraph with the term, and carries the English sentence of it
    // that renders the term, not the whole paragraph.
    const first = release.segments.find((s) => convert(s.zh, release.sourceScript, script).includes(term))!;
    expect(item!.example!.ref).toMatch(new RegExp(`#p-${first.id}$`));
    const rendering = TERM.en.map((e) => e.text.toLowerCase()).find((r) => first.en.toLowerCase().includes(r));
    expect(rendering, 'a rendering of 專精特新 in the paragraph’s English').toBeDefined();
    expect(item!.example!.en.toLowerCase()).toContain(rendering);
    expect(first.en).toContain(item!.example!.en.replace(/^… | …$/g, ''));
    expect(item!.example!.en.length).toBeLessThan(Math.min(300, first.en.length));
    expect(convert(first.zh, release.sourceScript, script)).toContain(item!.example!.zh);
  });

  test.each(['hans', 'hant', 'tw', 'hk'] as const)('script=%s: every item’s example is a sentence of the release that holds the item', async (script) => {
    const text = releaseText(script);
    const simplified = releaseText('hans');
    const items = parseCsv((await exportFile('csv', { release: SLUG, script })).text);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    for (const item of items) {
      expect(item.example!.zh, item.term).toContain(item.term);
      expect(
        text.some((zh) => zh.includes(item.example!.zh)),
        item.term,
      ).toBe(true);
      expect(item.frequency, item.term).toBeGreaterThan(0);
      // Counted by key, so every script's spelling of it counts (never more than the key's substrings).
      expect(item.frequency, item.term).toBeLessThanOrEqual(simplified.reduce((n, zh) => n + occurrences(zh, item.key), 0));
    }
  });

  test('citations link to the public origin (BETTER_AUTH_URL, else the request’s), in /en/ unless locale says otherwise', async () => {
    const refs = async (query: Record<string, string>) =>
      parseCsv((await exportFile('csv', { release: SLUG, script: 'hant', show: 'curated', ...query })).text).map((i) => i.example!.ref);
    const link = (origin: string, locale: string) => new RegExp(` ${origin.replace(/[.]/g, '\\.')}/${locale}/releases/${SLUG}\\?script=hant#p-[a-z0-9-]+$`);
    const published = 'https://duizhao.example';
    vi.stubEnv('BETTER_AUTH_URL', published);
    try {
      for (const ref of await refs({})) expect(ref).toMatch(link(published, 'en'));
      for (const ref of await refs({ locale: 'zh-Hant' })) expect(ref).toMatch(link(published, 'zh-Hant'));
      vi.stubEnv('BETTER_AUTH_URL', '');
      for (const ref of await refs({ locale: 'zh-Hans' })) expect(ref).toMatch(link(ORIGIN, 'zh-Hans'));
    } finally {
      vi.stubEnv('BETTER_AUTH_URL', ORIGIN);
    }
    const { status, text } = await exportFile('csv', { release: SLUG, locale: 'fr' });
    expect(status).toBe(400);
    expect(JSON.parse(text).error.message).toMatch(/^locale:/);
  });

  test('CSV starts with a UTF-8 BOM and CRLF records; the other formats do not start with one', async () => {
    const csv = await exportFile('csv', { release: SLUG });
    expect(Array.from(csv.bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFFterm,key,pinyin,english,note,example_zh,example_en,example_ref,frequency,source,tags');
    for (const format of ['anki', 'md'] as const) {
      const { bytes } = await exportFile(format, { release: SLUG });
      expect(Array.from(bytes.slice(0, 3))).not.toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  test('Anki: #separator:tab and HTML headers, one row per item, tags in column 3', async () => {
    for (const script of ['hans', 'tw'] as const) {
      const anki = await exportFile('anki', { release: SLUG, script });
      expect(anki.text.split('\n')[0]).toBe('#separator:tab');
      const parsed = parseAnkiTsv(anki.text);
      expect(parsed.headers).toMatchObject({ separator: 'tab', html: 'true', 'tags column': '3' });
      const csvItems = parseCsv((await exportFile('csv', { release: SLUG, script })).text);
      expect(parsed.rows).toHaveLength(csvItems.length);
      expect(parsed.rows.map((r) => ankiSpan(r.front, 'term'))).toEqual(csvItems.map((i) => i.term));
      for (const row of parsed.rows) {
        expect(row.tags).toEqual(expect.arrayContaining(['duizhao', `release::${SLUG}`]));
        // The front names the Chinese for Anki's glyph choice.
        expect(row.front).toMatch(new RegExp(`^<span class='term' lang='${script === 'hans' ? 'zh-Hans' : 'zh-TW'}'>`));
      }
      // Markdown has the same items too.
      const md = parseMarkdown((await exportFile('md', { release: SLUG, script })).text);
      expect(md.map((i) => i.term)).toEqual(csvItems.map((i) => i.term));
    }
  });

  test('show=curated holds exactly the glossary terms that occur in the release', async () => {
    const { counts } = curatedInRelease();
    const expected = new Set(counts.keys());
    expect(expected.size).toBeGreaterThan(10);
    const items = parseCsv((await exportFile('csv', { release: SLUG, script: 'hant', show: 'curated' })).text);
    expect(items.every((i) => i.source === 'curated')).toBe(true);
    expect(new Set(items.map((i) => i.key))).toEqual(expected);
    expect(items).toHaveLength(expected.size);
    for (const item of items) {
      const entry = glossary.find((g) => g.hans === item.key)!;
      expect(item).toMatchObject({ pinyin: entry.pinyin, english: entry.en.map((e) => e.text) });
      expect(item.frequency, item.term).toBe(counts.get(item.key));
    }
    // The other formats filter alike.
    const md = parseMarkdown((await exportFile('md', { release: SLUG, script: 'hant', show: 'curated' })).text);
    expect(md.map((i) => i.term)).toEqual(items.map((i) => i.term));
    const anki = parseAnkiTsv((await exportFile('anki', { release: SLUG, script: 'hant', show: 'curated' })).text);
    expect(anki.rows.every((r) => r.tags.includes('curated'))).toBe(true);
    expect(anki.rows).toHaveLength(items.length);
  });

  test('show=words holds only dictionary words, and all = curated + words before any note exists', async () => {
    const glossaryKeys = new Set(glossary.map((g) => g.hans));
    const text = releaseText('hans').join('\n');
    const words = parseCsv((await exportFile('csv', { release: SLUG, script: 'hans', show: 'words' })).text);
    expect(words.length).toBeGreaterThan(100);
    for (const w of words) {
      expect(w.source).toBe('dictionary');
      expect(glossaryKeys.has(w.key)).toBe(false);
      expect(w.term).toMatch(HAN);
      expect(text).toContain(w.term);
      expect(w.example!.zh).toContain(w.term);
      expect(w.english.length).toBeGreaterThan(0);
    }
    expect(words.map((w) => w.key)).toContain('经济');
    const curated = parseCsv((await exportFile('csv', { release: SLUG, script: 'hans', show: 'curated' })).text);
    const all = parseCsv((await exportFile('csv', { release: SLUG, script: 'hans' })).text);
    expect(all.filter((i) => i.source === 'note')).toEqual([]);
    expect(new Set(all.map((i) => i.key))).toEqual(new Set([...curated, ...words].map((i) => i.key)));
    expect(all).toHaveLength(curated.length + words.length);
    // show=mine with no notes is empty but still a valid file.
    expect(parseCsv((await exportFile('csv', { release: SLUG, show: 'mine' })).text)).toEqual([]);
  });

  test('errors: unknown format 404, missing release 400, unknown slug 404, bad script/show/scope 400', async () => {
    const error = async (format: string, query: Record<string, string>) => {
      const { status, text } = await exportFile(format, query);
      return { status, body: JSON.parse(text) as { error: { code: string; message: string } } };
    };
    expect(await error('pdf', { release: SLUG })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await error('csv', {})).toMatchObject({ status: 400, body: { error: { code: 'bad_request', message: expect.stringMatching(/^release:/) } } });
    expect(await error('anki', { scope: 'release' })).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/^release:/) } } });
    expect(await error('md', { release: 'no-such-release' })).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', message: expect.stringContaining('no-such-release') } },
    });
    expect(await error('csv', { release: SLUG, script: 'xx' })).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/^script:/) } } });
    expect(await error('csv', { release: SLUG, show: 'everything' })).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/^show:/) } } });
    expect(await error('csv', { scope: 'theirs', release: SLUG })).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/^scope:/) } } });
  });
});

// ---------------------------------------------------------------------------------------------

describe('GET /api/v1/export/{format}?scope=mine', () => {
  // 塑強 occurs in the release and is in no curated term; 測試詞語 occurs nowhere.
  const IN_RELEASE = '塑強';
  const NOWHERE = '測試詞語';
  const UNICODE_BODY = 'A-NOTE 𠮷野家 👩‍💻 「引號」『書名』\tafter a tab\nsecond line\n\n> not a quote & <b>not bold</b> "q" \'s\' =SUM(1) #hash';
  const XSS_BODY = '<img src=x onerror=alert(1)>';
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    const source = releaseText('hant').join('\n');
    expect(occurrences(source, IN_RELEASE)).toBeGreaterThan(0);
    expect(glossary.some((g) => g.hant.includes(IN_RELEASE))).toBe(false);
    expect(source).not.toContain(NOWHERE);
    alice = await signUp('Alice Export');
    bob = await signUp('Bob Export');
    // Typed in Traditional: it must still be found in the Simplified release.
    await writeNote(alice, { term: IN_RELEASE, body: UNICODE_BODY, visibility: 'private', english: 'build up (mine)' });
    await writeNote(alice, { term: NOWHERE, body: XSS_BODY, visibility: 'private' });
    // Bob's notes: on Alice's terms and on his own; none may reach Alice's export.
    await writeNote(bob, { term: IN_RELEASE, body: 'BOB-PRIVATE-ON-HERS', visibility: 'private' });
    await writeNote(bob, { term: NOWHERE, body: 'BOB-SHARED-ON-HERS', visibility: 'shared' });
    await writeNote(bob, { term: '鮑勃專用詞', body: 'BOB-SHARED-OWN', visibility: 'shared' });
    await writeNote(bob, { term: '鮑勃私人詞', body: 'BOB-PRIVATE-OWN', visibility: 'private' });
  });

  test('without a session (or with a forged one) scope=mine is a 401', async () => {
    for (const cookie of [undefined, 'better-auth.session_token=forged.value']) {
      const { status, text } = await exportFile('csv', { scope: 'mine' }, cookie);
      expect(status).toBe(401);
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  test.each(FORMATS)('%s: both of the reader’s terms, the one in no release without an example, and no one else’s', async (format) => {
    for (const script of ['hant', 'hans'] as const) {
      const { status, headers, text } = await exportFile(format, { scope: 'mine', script }, alice);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe(`${CONTENT_TYPE[format]}; charset=utf-8`);
      expect(headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="[A-Za-z0-9_-]+\\.${EXTENSION[format]}"; filename\\*=UTF-8''[^"; ]+\\.${EXTENSION[format]}$`),
      );
      expect(text).not.toMatch(/BOB-|鮑勃/);

      const items = parseExport(format, text);
      const terms = [IN_RELEASE, NOWHERE].map((t) => convert(t, 'hant', script));
      expect(items.map((i) => i.term).sort()).toEqual([...terms].sort());
      const inRelease = items.find((i) => i.term === terms[0])!;
      const nowhere = items.find((i) => i.term === terms[1])!;

      expect(inRelease.example?.zh).toContain(terms[0]);
      // The example may come from any release of the library that holds the term.
      expect(libraryText(script).some((zh) => zh.includes(inRelease.example!.zh))).toBe(true);
      expect(inRelease.english).toContain('build up (mine)');
      expect(inRelease.pinyin.split(' ')).toHaveLength(Array.from(IN_RELEASE).length);
      expect(nowhere.example).toBeNull();
      expect(nowhere.pinyin.split(' ')).toHaveLength(Array.from(NOWHERE).length);

      // A note in each format's terms: the Markdown source (md), the text it shows (CSV), the HTML
      // the app shows, sanitised (Anki). Unicode survives all three; markup a reader typed never becomes a tag.
      if (format === 'md') {
        expect(inRelease.note).toBe(UNICODE_BODY);
        expect(nowhere.note).toBe(XSS_BODY);
      } else if (format === 'csv') {
        expect(inRelease.note).toBe('A-NOTE 𠮷野家 👩‍💻 「引號」『書名』\tafter a tab\nsecond line\n\nnot a quote & <b>not bold</b> "q" \'s\' =SUM(1) #hash');
        expect(nowhere.note).toBe(XSS_BODY);
      } else {
        expect(inRelease.note).toContain('A-NOTE 𠮷野家 👩‍💻 「引號」『書名』&#9;after a tab');
        expect(inRelease.note).toMatch(/<blockquote>.*not a quote &amp; &lt;b&gt;not bold&lt;\/b&gt;.*<\/blockquote>/);
        expect(inRelease.note).not.toMatch(/<b>|[\t\n]/);
        expect(nowhere.note).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
      }

      if (format === 'csv') {
        const csvItems = parseCsv(text);
        const byTerm = new Map(csvItems.map((i) => [i.term, i]));
        // The whole glossary (scope=mine) counts the term across the library.
        expect(byTerm.get(terms[0])!.frequency).toBe(libraryText(script).reduce((n, zh) => n + occurrences(zh, terms[0]!), 0));
        expect(byTerm.get(terms[1])).toMatchObject({ frequency: 0, source: 'note', key: convert(NOWHERE, 'hant', 'hans') });
        for (const item of csvItems) expect(item.tags).toContain('mine');
      }
    }
  });

  test('markup in a note is escaped in the Anki back and inert in the Markdown source', async () => {
    const anki = await exportFile('anki', { scope: 'mine', script: 'hant' }, alice);
    expect(anki.text).not.toMatch(/<img/i);
    expect(anki.text).not.toContain('<b>');
    const row = parseAnkiTsv(anki.text).rows.find((r) => ankiSpan(r.front, 'term') === NOWHERE)!;
    expect(row.back).toContain("<div class='note'><p>&lt;img src=x onerror=alert(1)&gt;</p></div>");
    // One physical line per note: the tab and newlines of the Unicode note are entities / <br>.
    const records = anki.text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(records).toHaveLength(2);
    for (const record of records) expect(record.split('\t')).toHaveLength(3);

    const md = await exportFile('md', { scope: 'mine', script: 'hant' }, alice);
    // Markdown writes '<' and '>' as character references (&#60;img …), so no renderer sees a tag.
    expect(md.text).not.toMatch(/<(img|b)\b/i);
    expect(md.text).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(marked.parse(md.text, { async: false })).not.toMatch(/<img\b/i);

    const csv = await exportFile('csv', { scope: 'mine', script: 'hant' }, alice);
    expect(parseCsv(csv.text).find((i) => i.term === NOWHERE)!.note).toBe(XSS_BODY);
  });

  test('Bob’s own export has his notes and none of Alice’s', async () => {
    const { status, text } = await exportFile('csv', { scope: 'mine', script: 'hant' }, bob);
    expect(status).toBe(200);
    const items = parseCsv(text);
    expect(items.map((i) => i.term).sort()).toEqual(['塑強', '測試詞語', '鮑勃專用詞', '鮑勃私人詞'].sort());
    expect(text).not.toMatch(/A-NOTE|onerror|build up \(mine\)/);
  });

  test('a release export shows the viewer’s own notes and no one else’s note bodies', async () => {
    const mine = parseCsv((await exportFile('csv', { release: SLUG, script: 'hant', show: 'mine' }, alice)).text);
    expect(mine.map((i) => i.term)).toEqual([IN_RELEASE]);
    expect(mine[0]).toMatchObject({ source: 'note' });
    expect(mine[0]!.note).toMatch(/^A-NOTE 𠮷野家/);
    const anonymous = await exportFile('csv', { release: SLUG, script: 'hant' });
    expect(anonymous.text).not.toMatch(/A-NOTE|BOB-/);
    expect(parseCsv(anonymous.text).some((i) => i.term === IN_RELEASE && i.source === 'note')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

describe('the study layer as a learner reads it', () => {
  test('CC-CEDICT measure words and cross-references are readable, in the asked script, with tone marks', async () => {
    for (const [script, classifier] of [
      ['hans', '个 gè'],
      ['hant', '個 gè'],
    ] as const) {
      const { body } = await lookup({ q: script === 'hans' ? '下午' : '下午', script, match: 'exact' });
      const definitions = body.entries.filter((e) => e.source === 'cedict').flatMap((e) => e.definitions);
      expect(definitions).toContain(`measure word: ${classifier}`);
      expect(definitions.join(' ')).not.toMatch(/CL:|\[[a-z]+\d\]/);
    }
    const { body } = await lookup({ q: '山东', script: 'hans', match: 'exact' });
    expect(body.entries.find((e) => e.source === 'cedict')!.definitions).toContain('see 山东省 Shān dōng Shěng');
  });

  test('a learner’s list leaves out dates, numbers and lone function characters unless asked', async () => {
    const keys = async (minor?: '1') => parseCsv((await exportFile('csv', { release: SLUG, script: 'hans', show: 'words', ...(minor && { minor }) })).text).map((i) => i.key);
    const [plain, all] = await Promise.all([keys(), keys('1')]);
    // The release opens "3月8日下午": 月 and 日 only ever follow a number there.
    expect(releaseText('hans')[0]).toMatch(/\d月\d+日/);
    for (const minor of ['月', '日', '的', '和', '一']) {
      expect(plain, minor).not.toContain(minor);
      expect(all, minor).toContain(minor);
    }
    expect(plain).toEqual(all.filter((k) => plain.includes(k)));
    expect(plain).toContain('经济');
    const { status } = await exportFile('csv', { release: SLUG, minor: 'yes' });
    expect(status).toBe(400);
  });

  test('“My notes” holds a note on a term inside a longer glossary term, with its sentence and count, once though it is also shared', async () => {
    const reader = await signUp('Nested Note');
    await writeNote(reader, { term: '騰籠換鳥', body: '**move out** the old', visibility: 'private', english: 'empty the cage, change the birds' });
    const count = releaseText('hans').reduce((n, zh) => n + occurrences(zh, '腾笼换鸟'), 0);
    expect(count).toBeGreaterThan(0);
    const check = async () => {
      const [item, ...rest] = parseCsv((await exportFile('csv', { release: SLUG, script: 'hant', show: 'mine' }, reader)).text);
      expect(rest).toEqual([]);
      expect(item).toMatchObject({ term: '騰籠換鳥', key: '腾笼换鸟', frequency: count, source: 'note', note: 'move out the old' });
      expect(item!.example!.zh).toContain('騰籠換鳥，鳳凰涅槃');
      const anki = parseAnkiTsv((await exportFile('anki', { release: SLUG, script: 'hant', show: 'mine' }, reader)).text).rows;
      expect(anki.map((r) => ankiSpan(r.front, 'term'))).toEqual(['騰籠換鳥']);
      expect(ankiNote(anki[0]!.back)).toBe('<p><strong>move out</strong> the old</p>');
    };
    await check();
    // Shared, the term is public too (nested in the public view) and still counts once per occurrence.
    await writeNote(reader, { term: '騰籠換鳥', body: 'shared too', visibility: 'shared' });
    const [item] = parseCsv((await exportFile('csv', { release: SLUG, script: 'hant', show: 'mine' }, reader)).text);
    expect(item).toMatchObject({ key: '腾笼换鸟', frequency: count });
  });

  test('glossary search reads explanations: "little giants" finds 專精特新; a term’s page gives each occurrence its sentence’s English', async () => {
    const route = await import('@/app/api/v1/glossary/route');
    const found = (await (await route.GET(request('/api/v1/glossary?script=hant&q=little%20giants'))).json()) as { terms: { key: string }[] };
    expect(found.terms.map((t) => t.key)).toEqual(expect.arrayContaining(['专精特新', '小巨人']));
    const { getGlossaryEntry } = await import('@/lib/server/glossary/queries');
    const entry = (await getGlossaryEntry('专精特新', 'hant', null))!;
    expect(entry.concordance.length).toBeGreaterThan(1);
    for (const line of entry.concordance) {
      const paragraph = libraryRelease(line.slug).segments.find((s) => s.id === line.segmentId)!.en;
      expect(paragraph).toContain(line.en.replace(/^… | …$/g, ''));
      if (paragraph.length > 300) expect(line.en.length, line.segmentId).toBeLessThan(paragraph.length);
    }
  });
});
