import 'server-only';
import { convert } from '@/lib/chinese/convert';
import type { Script } from '@/lib/core/text';
import { prisma } from '@/lib/db';
import { renderingTexts } from '@/lib/glossary/curated';
import { visibleNotesWhere, type NoteViewer } from '@/lib/notes/service';
import { localizeRelease, type LocalizedRelease } from '@/lib/reader/localize';
import { markSegments, termSpans } from '@/lib/reader/marking';
import type { ReleaseRecord } from '@/lib/reader/types';
import { lookupWord } from '@/lib/study/cedict';
import { hskTag, loadDifficulty } from '@/lib/study/difficulty';
import type { VocabularyItem } from '@/lib/study/export/types';
import { readings, type PolicyReadings } from '@/lib/study/pinyin';
import { simplifiedTwin } from '@/lib/study/twin';
import { buildVocabulary, type VocabularySegment, type VocabularySources } from '@/lib/study/vocabulary';
import { dictionaryWords } from '@/lib/study/words';
import { getMatcher } from '@/lib/terms/forms';
import { policyReadings } from './readings';
import { loadCorpus } from './glossary';
import { getRelease } from './releases';
import { markingTerms, type MarkingTerms } from './terms';

const group = <T,>(rows: readonly T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** Curated entries, the viewer's notes and other readers' shared renderings, by key. */
async function sources(viewer: NoteViewer | null): Promise<VocabularySources> {
  const [curated, notes, difficulty] = await Promise.all([
    prisma.glossaryTerm.findMany({ select: { key: true, pinyin: true, renderings: true, explanation: true } }),
    prisma.note.findMany({ where: visibleNotesWhere(viewer), select: { termKey: true, body: true, english: true, authorId: true }, orderBy: { createdAt: 'asc' } }),
    loadDifficulty(),
  ]);
  const mine = group(notes.filter((n) => n.authorId === viewer?.id), (n) => n.termKey);
  const shared = group(notes.filter((n) => n.authorId !== viewer?.id && n.english), (n) => n.termKey);
  return {
    curated: new Map(
      curated.map((c) => [c.key, { pinyin: c.pinyin, explanation: c.explanation, renderings: renderingTexts(c.renderings) }]),
    ),
    mine: new Map([...mine].map(([key, ns]) => [key, { body: ns.map((n) => n.body).join('\n\n'), english: ns.flatMap((n) => (n.english ? [n.english] : [])) }])),
    shared: new Map([...shared].map(([key, ns]) => [key, ns.map((n) => n.english!)])),
    dictionary: lookupWord,
    level: difficulty.level,
  };
}

export type Cite = (release: LocalizedRelease, segmentId: string) => string;

/** What every release's vocabulary for one viewer is built from: loaded once per request. */
type Inputs = { marking: MarkingTerms; policy: PolicyReadings; from: VocabularySources };

async function inputsFor(viewer: NoteViewer | null): Promise<Inputs> {
  const [marking, policy, from] = await Promise.all([markingTerms(viewer), policyReadings(), sources(viewer)]);
  return { marking, policy, from };
}

function vocabularyOf(record: ReleaseRecord, script: Script, cite: Cite, { marking, policy, from }: Inputs) {
  const release = localizeRelease(record, script, 'standard');
  const matcher = getMatcher(marking.version, marking.terms, script, 'standard');
  const segments = markSegments(release.segments, matcher, marking.renderings).map((s): VocabularySegment => {
    const twin = simplifiedTwin(s.zh);
    const terms = termSpans(s);
    return { id: s.id, zh: s.zh, en: s.en, twin, readings: readings(twin, policy), terms, words: dictionaryWords(twin, terms) };
  });
  const items = buildVocabulary(segments, from, { slug: record.slug, cite: (id) => cite(release, id) });
  return { release, items };
}

/** A release's vocabulary in a script, as the viewer sees it (their notes included); null for an unknown slug. */
export async function releaseVocabulary(slug: string, script: Script, viewer: NoteViewer | null, cite: Cite) {
  const [record, inputs] = await Promise.all([getRelease(slug), inputsFor(viewer)]);
  return record ? vocabularyOf(record, script, cite, inputs) : null;
}

/**
 * The viewer's own glossary: one item per term they wrote notes on, with its first occurrence in
 * the newest release that has it (or none), across every release.
 */
export async function myGlossary(script: Script, viewer: NoteViewer, cite: Cite): Promise<VocabularyItem[]> {
  const notes = await prisma.note.findMany({ where: { authorId: viewer.id }, distinct: ['termKey'], select: { termKey: true }, orderBy: { termKey: 'asc' } });
  const keys = new Set(notes.map((n) => n.termKey));
  if (!keys.size) return [];
  const [inputs, corpus] = await Promise.all([inputsFor(viewer), loadCorpus()]);
  // Only a release whose Simplified text holds a key can give an item for it; the corpus lists
  // releases newest first, as listReleases does, so the first item found is the newest release's.
  const wanted = [...keys];
  const slugs = new Set(corpus.filter((s) => wanted.some((key) => s.key.includes(key))).map((s) => s.slug));
  const found = new Map<string, VocabularyItem>();
  for (const slug of slugs) {
    const record = await getRelease(slug);
    for (const item of record ? vocabularyOf(record, script, cite, inputs).items : []) {
      if (!keys.has(item.key)) continue;
      const known = found.get(item.key);
      found.set(item.key, known ? { ...known, frequency: known.frequency + item.frequency } : item);
    }
  }
  const { policy, from } = inputs;
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
