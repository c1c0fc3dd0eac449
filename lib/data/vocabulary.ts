import 'server-only';
import { convert } from '@/lib/chinese/convert';
import type { Script } from '@/lib/chinese/scripts';
import { prisma } from '@/lib/db';
import { visibleNotesWhere, type NoteViewer } from '@/lib/notes/service';
import { localizeRelease, type LocalizedRelease } from '@/lib/reader/localize';
import { markSegments, termSpans } from '@/lib/reader/marking';
import { lookupWord } from '@/lib/study/cedict';
import type { VocabularyItem } from '@/lib/study/export/types';
import { readings } from '@/lib/study/pinyin';
import { simplifiedTwin } from '@/lib/study/twin';
import { buildVocabulary, type VocabularySegment, type VocabularySources } from '@/lib/study/vocabulary';
import { dictionaryWords } from '@/lib/study/words';
import { getMatcher } from '@/lib/terms/forms';
import { policyReadings } from './readings';
import { getRelease, listReleases } from './releases';
import { markingTerms } from './terms';

const group = <T,>(rows: readonly T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** Curated entries, the viewer's notes and other readers' shared renderings, by key. */
async function sources(viewer: NoteViewer | null): Promise<VocabularySources> {
  const [curated, notes] = await Promise.all([
    prisma.glossaryTerm.findMany({ select: { key: true, pinyin: true, renderings: true, explanation: true } }),
    prisma.note.findMany({ where: visibleNotesWhere(viewer), select: { termKey: true, body: true, english: true, authorId: true }, orderBy: { createdAt: 'asc' } }),
  ]);
  const mine = group(notes.filter((n) => n.authorId === viewer?.id), (n) => n.termKey);
  const shared = group(notes.filter((n) => n.authorId !== viewer?.id && n.english), (n) => n.termKey);
  return {
    curated: new Map(
      curated.map((c) => [c.key, { pinyin: c.pinyin, explanation: c.explanation, renderings: (JSON.parse(c.renderings) as { text: string }[]).map((r) => r.text) }]),
    ),
    mine: new Map([...mine].map(([key, ns]) => [key, { body: ns.map((n) => n.body).join('\n\n'), english: ns.flatMap((n) => (n.english ? [n.english] : [])) }])),
    shared: new Map([...shared].map(([key, ns]) => [key, ns.map((n) => n.english!)])),
    dictionary: lookupWord,
  };
}

type Cite = (release: LocalizedRelease, segmentId: string) => string;

/** A release's vocabulary in a script, as the viewer sees it (their notes included); null for an unknown slug. */
export async function releaseVocabulary(slug: string, script: Script, viewer: NoteViewer | null, cite: Cite) {
  const record = await getRelease(slug);
  if (!record) return null;
  const release = localizeRelease(record, script, 'standard');
  const [marking, policy, from] = await Promise.all([markingTerms(viewer), policyReadings(), sources(viewer)]);
  const matcher = getMatcher(marking.version, marking.terms, script, 'standard');
  const segments = markSegments(release.segments, matcher, marking.renderings).map((s): VocabularySegment => {
    const twin = simplifiedTwin(s.zh);
    const terms = termSpans(s);
    return { id: s.id, zh: s.zh, en: s.en, twin, readings: readings(twin, policy), terms, words: dictionaryWords(twin, terms) };
  });
  const items = buildVocabulary(segments, from, { slug, cite: (id) => cite(release, id) });
  return { release, items };
}

/**
 * The viewer's own glossary: one item per term they wrote notes on, with its first occurrence in
 * the newest release that has it (or none), across every release.
 */
export async function myGlossary(script: Script, viewer: NoteViewer, cite: Cite): Promise<VocabularyItem[]> {
  const keys = (await prisma.note.findMany({ where: { authorId: viewer.id }, distinct: ['termKey'], select: { termKey: true }, orderBy: { termKey: 'asc' } })).map((n) => n.termKey);
  const found = new Map<string, VocabularyItem>();
  for (const summary of await listReleases()) {
    const vocabulary = await releaseVocabulary(summary.slug, script, viewer, cite);
    for (const item of vocabulary?.items ?? []) {
      const known = found.get(item.key);
      if (keys.includes(item.key)) found.set(item.key, known ? { ...known, frequency: known.frequency + item.frequency } : item);
    }
  }
  const [policy, from] = await Promise.all([policyReadings(), sources(viewer)]);
  return keys.map((key) => {
    const item = found.get(key);
    if (item) return { ...item, tags: ['duizhao', 'mine', item.source] };
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
      tags: ['duizhao', 'mine', 'note'],
    };
  });
}
