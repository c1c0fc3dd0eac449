import 'server-only';
import { convert } from '@/lib/chinese/convert';
import type { Script } from '@/lib/core/text';
import { renderingTexts } from '@/lib/glossary/curated';
import { overlayMarks, type OverlayMark } from '@/lib/reader/overlay';
import type { ReleaseView } from '@/lib/reader/view';
import { db } from '@/lib/server/db';
import { loadCorpus } from '@/lib/server/glossary/queries';
import { visibleNotesWhere, type NoteViewer } from '@/lib/server/notes/visibility';
import { ownTerms } from '@/lib/server/views/overlay';
import { releaseView } from '@/lib/server/views/release-view';
import { lookupWord } from '@/lib/study/cedict';
import { readableDefinitions } from '@/lib/study/cedict-markup';
import { hskTag, loadDifficulty } from '@/lib/study/difficulty';
import type { VocabularyItem } from '@/lib/study/export/types';
import { readings } from '@/lib/study/pinyin';
import { buildVocabulary, type VocabularySegment, type VocabularySources } from '@/lib/study/vocabulary';
import { dictionaryWords } from '@/lib/study/words';
import { cedictForm } from './dictionary';
import { policyReadings } from './readings';

const group = <T>(rows: readonly T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** Curated entries, the viewer's notes and other readers' shared renderings, by key. */
async function sources(viewer: NoteViewer | null): Promise<VocabularySources> {
  const [curated, notes, difficulty] = await Promise.all([
    db.glossaryTerm.findMany({ select: { key: true, pinyin: true, renderings: true, explanation: true } }),
    db.note.findMany({ where: visibleNotesWhere(viewer), select: { termKey: true, body: true, english: true, authorId: true }, orderBy: { createdAt: 'asc' } }),
    loadDifficulty(),
  ]);
  const mine = group(
    notes.filter((n) => n.authorId === viewer?.id),
    (n) => n.termKey,
  );
  const shared = group(
    notes.filter((n) => n.authorId !== viewer?.id && n.english),
    (n) => n.termKey,
  );
  return {
    curated: new Map(curated.map((c) => [c.key, { pinyin: c.pinyin, explanation: c.explanation, renderings: renderingTexts(c.renderings) }])),
    mine: new Map([...mine].map(([key, ns]) => [key, { body: ns.map((n) => n.body).join('\n\n'), english: ns.flatMap((n) => (n.english ? [n.english] : [])) }])),
    shared: new Map([...shared].map(([key, ns]) => [key, ns.map((n) => n.english!)])),
    dictionary: lookupWord,
    level: difficulty.level,
  };
}

export type Cite = (release: ReleaseView, segmentId: string) => string;

const VOCABULARY_VIEW = { wording: 'standard', readings: true, words: true } as const;

/**
 * The view's segments as the vocabulary reads them: the public terms, plus the viewer's own terms
 * where no public term is (kept whole in the words, as the page marks them); their terms nested in
 * a public one count too, so a note on 騰籠換鳥 finds its sentence inside 騰籠換鳥，鳳凰涅槃.
 */
function vocabularySegments(view: ReleaseView, own: readonly OverlayMark[]): VocabularySegment[] {
  return view.segments.map((s) => {
    const free = own.filter((m) => m.segment === s.id && m.place === 'free');
    const fixed = [...s.marks, ...free].sort((a, b) => a.start - b.start);
    const nested = [...s.marks.flatMap((m) => m.nested), ...own.filter((m) => m.segment === s.id && m.place !== 'free')];
    return {
      id: s.id,
      zh: s.zh,
      en: s.en,
      twin: s.twin,
      readings: s.readings ?? [],
      terms: fixed.map(({ start, end, key }) => ({ start, end, key })),
      nested: nested.map(({ start, end, key }) => ({ start, end, key })),
      words: free.length ? dictionaryWords(s.twin, fixed) : (s.words ?? []),
    };
  });
}

async function vocabularyOf(slug: string, script: Script, viewer: NoteViewer | null, cite: Cite, from: VocabularySources, minor = false) {
  const [cached, own] = await Promise.all([releaseView(slug, { script, ...VOCABULARY_VIEW }), viewer ? ownTerms(viewer.id) : null]);
  if (!cached) return null;
  const { view } = cached;
  const form = cedictForm(script);
  // Senses as the pop-up shows them: measure words and cross-references in the script, with tone marks.
  const dictionary = (word: string) => from.dictionary(word).map((e) => ({ ...e, definitions: readableDefinitions(e.definitions, form) }));
  const segments = vocabularySegments(view, own?.keys.length ? overlayMarks(view, own.matcher) : []);
  return { release: view, items: buildVocabulary(segments, { ...from, dictionary }, { slug, cite: (id) => cite(view, id), minor }) };
}

/**
 * A release's vocabulary in a script, as the viewer sees it (their notes included); null for an
 * unknown slug. Numbers, date and count units and lone function characters only with `minor`.
 */
export async function releaseVocabulary(slug: string, script: Script, viewer: NoteViewer | null, cite: Cite, options: { minor?: boolean } = {}) {
  return vocabularyOf(slug, script, viewer, cite, await sources(viewer), options.minor);
}

/**
 * The viewer's own glossary: one item per term they wrote notes on, with its first occurrence in
 * the newest release that has it (or none), across every release.
 */
export async function myGlossary(script: Script, viewer: NoteViewer, cite: Cite): Promise<VocabularyItem[]> {
  const { keys: wanted } = await ownTerms(viewer.id);
  if (!wanted.length) return [];
  const keys = new Set(wanted);
  const [from, corpus, policy] = await Promise.all([sources(viewer), loadCorpus(), policyReadings()]);
  // Only a release whose Simplified text holds a key can give an item for it; the corpus lists
  // releases newest first, so the first item found is the newest release's.
  const slugs = new Set(corpus.filter((s) => wanted.some((key) => s.key.includes(key))).map((s) => s.slug));
  const found = new Map<string, VocabularyItem>();
  for (const slug of slugs) {
    for (const item of (await vocabularyOf(slug, script, viewer, cite, from))?.items ?? []) {
      if (!keys.has(item.key)) continue;
      const known = found.get(item.key);
      found.set(item.key, known ? { ...known, frequency: known.frequency + item.frequency } : item);
    }
  }
  return wanted.map((key) => {
    const item = found.get(key);
    const level = hskTag(from.level?.(key) ?? 0);
    if (item) return { ...item, tags: ['duizhao', 'mine', item.source, ...level] };
    // A term that occurs in no release yet: its reading and notes without an example.
    const mine = from.mine.get(key)!;
    const curated = from.curated.get(key);
    return {
      term: convert(key, 'hans', script),
      key,
      pinyin: curated?.pinyin ?? readings(key, policy).filter(Boolean).join(' '),
      english: [...new Set([...(curated?.renderings ?? []), ...mine.english])],
      note: mine.body,
      example: null,
      frequency: 0,
      source: 'note',
      tags: ['duizhao', 'mine', 'note', ...level],
    };
  });
}
