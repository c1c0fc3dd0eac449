import 'server-only';
import { convert } from '@/lib/chinese/convert';
import type { Script, SourceScript } from '@/lib/core/text';
import { LIBRARY } from '@/lib/cache/tags';
import type { ConcordanceLine, GlossaryEntry, GlossaryItem } from '@/lib/glossary/types';
import type { NoteView } from '@/lib/notes/view';
import { db } from '@/lib/server/db';
import { listNotes } from '@/lib/server/notes/queries';
import { visibleNotesWhere, type NoteViewer } from '@/lib/server/notes/visibility';
import { policyReadings } from '@/lib/server/study/readings';
import { currentVersions } from '@/lib/server/versions';
import { parseRenderings } from '@/lib/glossary/curated';
import { readings, type PolicyReadings } from '@/lib/study/pinyin';
import { englishFor } from '@/lib/study/english-span';
import { splitSentences } from '@/lib/study/sentences';
import { termKey } from '@/lib/terms/key';

export type { ConcordanceLine, GlossaryEntry, GlossaryItem };

type ItemFields = Omit<GlossaryItem, 'occurrences'>;

type CorpusSegment = {
  slug: string;
  sourceScript: SourceScript;
  title: { zh: string; en: string };
  id: string;
  zh: string;
  en: string;
  /** The segment converted whole to Simplified: where keys are found. */
  key: string;
};

type Curated = { key: string; hant: string; pinyin: string; renderings: string; literal: string | null; explanation: string };
type NoteSummary = { termKey: string; term: string; english: string | null };

let corpus: { version: number; segments: Promise<CorpusSegment[]> } | null = null;

/** Every release's segments with their Simplified form (whole segments, as the reader converts them), read once per change of the library. */
export async function loadCorpus(slug?: string): Promise<CorpusSegment[]> {
  const version = (await currentVersions()).get(LIBRARY) ?? 0;
  if (corpus?.version !== version) corpus = { version, segments: readCorpus() };
  const all = await corpus.segments.catch((error) => {
    corpus = null;
    throw error;
  });
  return slug === undefined ? all : all.filter((s) => s.slug === slug);
}

async function readCorpus(): Promise<CorpusSegment[]> {
  const releases = await db.release.findMany({
    orderBy: [{ date: 'desc' }, { slug: 'asc' }],
    select: { slug: true, sourceScript: true, titleZh: true, titleEn: true, segments: { orderBy: { position: 'asc' }, select: { key: true, zh: true, en: true } } },
  });
  return releases.flatMap((r) => {
    const sourceScript = r.sourceScript as SourceScript;
    return r.segments.map((s) => ({
      slug: r.slug,
      sourceScript,
      title: { zh: r.titleZh, en: r.titleEn },
      id: s.key,
      zh: s.zh,
      en: s.en,
      key: convert(s.zh, sourceScript, 'hans'),
    }));
  });
}

function countIn(text: string, key: string): number {
  let count = 0;
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) count++;
  return count;
}

function occurrences(corpus: readonly CorpusSegment[], key: string): GlossaryItem['occurrences'] {
  const bySlug = new Map<string, number>();
  for (const s of corpus) {
    const n = countIn(s.key, key);
    if (n) bySlug.set(s.slug, (bySlug.get(s.slug) ?? 0) + n);
  }
  const releases = [...bySlug].map(([slug, count]) => ({ slug, count }));
  return { total: releases.reduce((sum, r) => sum + r.count, 0), releases };
}

/** A typed form in a script, converted from its own: a form that is its own key is Simplified. */
const writtenIn = (written: string, script: Script) => convert(written, termKey(written) === written ? 'hans' : 'hant', script);

function formsIn(key: string, written: readonly string[], script: Script): string[] {
  const forms = written.map((w) => writtenIn(w, script));
  return [...new Set([...forms, convert(key, 'hans', script)])];
}

/** English as words without plural endings, for a search that finds "little giant (enterprises)" by "little giants". */
const englishWords = (s: string) =>
  ` ${s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w))
    .join(' ')} `;

const toneless = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** The curated English a search reads besides the renderings: their notes, the literal sense, the explanation. */
const curatedEnglish = (c: Curated | undefined) =>
  c ? [...parseRenderings(c.renderings).flatMap((r) => (r.note ? [r.note] : [])), ...(c.literal ? [c.literal] : []), c.explanation] : [];

/**
 * q as Chinese in any script (by key), as pinyin with or without tones and spaces, or as English:
 * the renderings, the notes' English and `more` (an entry's explanation, "little giants" finding
 * 專精特新, whose explanation tells how they grow into them).
 */
function queryMatcher(q: string | undefined): (item: ItemFields, more?: readonly string[]) => boolean {
  const query = q?.trim() ?? '';
  if (!query) return () => true;
  if (/\p{Script=Han}/u.test(query)) {
    const key = termKey(query);
    return (item) => item.key.includes(key);
  }
  // Pinyin only when q could be pinyin (syllables with tone marks or numbers): "5G" must not become "g".
  const pinyin = /^(?:[a-zü\u0300-\u036f]+[1-5]?[\s'’]*)+$/i.test(query.normalize('NFD')) ? toneless(query) : '';
  const english = query.toLowerCase();
  const words = englishWords(query);
  return (item, more = []) =>
    (pinyin !== '' && toneless(item.pinyin).includes(pinyin)) ||
    [...item.renderings.map((r) => r.text), ...item.noteEnglish, ...more].some(
      (text) => text.toLowerCase().includes(english) || (words.trim() !== '' && englishWords(text).includes(words)),
    );
}

function glossaryItem(key: string, curated: Curated | undefined, notes: readonly NoteSummary[], script: Script, policy: PolicyReadings): ItemFields {
  const forms = formsIn(key, [...(curated ? [curated.hant] : []), ...notes.map((n) => n.term)], script);
  return {
    key,
    term: forms[0],
    forms,
    curated: Boolean(curated),
    pinyin: curated?.pinyin ?? readings(key, policy).filter(Boolean).join(' '),
    renderings: curated ? parseRenderings(curated.renderings) : [],
    noteEnglish: [...new Set(notes.flatMap((n) => (n.english ? [n.english] : [])))],
    noteCount: notes.length,
  };
}

const collator = new Intl.Collator('zh-Hans-u-co-pinyin');

/** Curated terms and terms with notes the viewer can see, in pinyin order. */
export async function listGlossary({ q, script, viewer }: { q?: string; script: Script; viewer: NoteViewer | null }): Promise<GlossaryItem[]> {
  const [curated, notes, corpus, policy] = await Promise.all([
    db.glossaryTerm.findMany(),
    db.note.findMany({ where: visibleNotesWhere(viewer), select: { termKey: true, term: true, english: true } }),
    loadCorpus(),
    policyReadings(),
  ]);
  const curatedByKey = new Map(curated.map((c) => [c.key, c]));
  const notesByKey = new Map<string, NoteSummary[]>();
  for (const n of notes) notesByKey.set(n.termKey, [...(notesByKey.get(n.termKey) ?? []), n]);
  const keys = [...new Set([...curatedByKey.keys(), ...notesByKey.keys()])].sort(collator.compare);
  const matches = queryMatcher(q);
  return keys
    .map((key) => glossaryItem(key, curatedByKey.get(key), notesByKey.get(key) ?? [], script, policy))
    .filter((item) => matches(item, curatedEnglish(curatedByKey.get(item.key))))
    .map((item) => ({ ...item, occurrences: occurrences(corpus, item.key) }));
}

/** Every sentence holding the key, with the English sentence that renders it where the alignment shows it (see englishFor). */
function concordance(corpus: readonly CorpusSegment[], key: string, script: Script, renderings: readonly string[]): ConcordanceLine[] {
  return corpus.flatMap((s) => {
    if (!s.key.includes(key)) return [];
    // Split the segment converted whole to the asked script; sentence marks survive conversion, so
    // its sentences line up with the Simplified ones where the key was found.
    const shown = splitSentences(convert(s.zh, s.sourceScript, script));
    const releaseTitle = { zh: convert(s.title.zh, s.sourceScript, script), en: s.title.en };
    return splitSentences(s.key).flatMap((sentence, i) =>
      sentence.text.includes(key)
        ? [{ slug: s.slug, releaseTitle, segmentId: s.id, sentence: shown[i].text, en: englishFor(s.en, s.key, sentence.start + sentence.text.indexOf(key), renderings) }]
        : [],
    );
  });
}

/** One term (by key or any script's form): curated entry, visible notes, every occurrence. Null when
 * the viewer has neither a curated entry nor a note to see. */
export async function getGlossaryEntry(keyOrTerm: string, script: Script, viewer: NoteViewer | null): Promise<GlossaryEntry | null> {
  const key = termKey(keyOrTerm);
  const [curated, notes] = await Promise.all([db.glossaryTerm.findUnique({ where: { key } }), listNotes(viewer, { termKey: key })]);
  if (!curated && !notes.length) return null;
  const [corpus, policy] = await Promise.all([loadCorpus(), policyReadings()]);
  const item = glossaryItem(key, curated ?? undefined, notes, script, policy);
  return {
    ...item,
    occurrences: occurrences(corpus, key),
    literal: curated?.literal ?? null,
    explanation: curated?.explanation ?? null,
    notes: notes.map((n) => ({ ...n, shown: writtenIn(n.term, script) })),
    concordance: concordance(corpus, key, script, [...item.renderings.map((r) => r.text), ...item.noteEnglish]),
  };
}

/** Notes the viewer can see on terms that occur in a release (optionally one term); null for an unknown release. */
export async function listNotesInRelease(slug: string, viewer: NoteViewer | null, key?: string): Promise<NoteView[] | null> {
  const corpus = await loadCorpus(slug);
  if (!corpus.length) return null;
  const keys = await db.note.findMany({
    where: { AND: [visibleNotesWhere(viewer), key === undefined ? {} : { termKey: key }] },
    distinct: ['termKey'],
    select: { termKey: true },
  });
  const present = keys.map((k) => k.termKey).filter((k) => corpus.some((s) => s.key.includes(k)));
  return listNotes(viewer, { termKeys: present });
}
