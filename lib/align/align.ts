import { BOILERPLATE_TERMS, enAnchors, hanNames, keyKind, sharedNames, zhAnchors, type Anchor, type AnchorKind, type GlossaryTerm } from './anchors';
import { alignBeads, logAdd, type Shape, type Step } from './dp';
import { enCuts, zhCuts } from './parts';
import { lexicalAnchors, type Dictionary } from './lexicon';
import { enLength, lengthLogProbability, lengthRatio, zhLength, type ZhLength } from './length';
import { parseAlignInput, type AlignOptions, type Link, type LinkAnchor, type LinkKind, type ZhSegment } from './schema';

// A Gale–Church aligner with anchors. Each bead's score is a log-probability in three parts:
//  - its prior (most beads are 1–1; splits, merges and omissions are rarer);
//  - the length term: how well the English length fits the Chinese at this pair's own ratio;
//  - the anchor term: a log-likelihood ratio for every anchor key of the release. A key in the
//    bead's Chinese is found in its English with probability HIT[kind] if the bead is right, and
//    with the chance q that a paragraph of this release has it if the bead is wrong; a key on one
//    side only counts against the bead. Keys frequent in the release (its year) weigh little.
//    With a dictionary (options.dictionary), Chinese words whose glosses an English paragraph
//    holds are keys too, weighed at a fraction (lexicon.ts).
// Omissions (1–0) and additions (0–1) pay only their prior: what speaks against them is the
// evidence the left-out text would have matched elsewhere.
// A bead of two segments to one paragraph (2–1) is also scored as the two 1–1 beads it would be if
// the paragraph were cut after one of its sentences, each segment against its own half: a paragraph
// that renders both segments has a cut where both halves fit, one that renders only one of them
// (its neighbour's English left out) has none, however well its whole length fits. One segment to
// two paragraphs (1–2) likewise, cutting the segment.

const SHAPES: readonly Shape[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];
const PRIOR: Record<LinkKind, number> = {
  '1-1': Math.log(0.89),
  '1-0': Math.log(0.035),
  '0-1': Math.log(0.015),
  '2-1': Math.log(0.045),
  '1-2': Math.log(0.045),
  '2-2': Math.log(0.005),
  '3-1': Math.log(0.0025),
  '1-3': Math.log(0.0025),
};
// word: the share of a translated segment's dictionary words whose glosses its English holds, as
// measured on the Hong Kong pairs tuned on (0.56).
const HIT: Record<AnchorKind, number> = { figure: 0.85, time: 0.85, token: 0.8, name: 0.95, marker: 0.9, term: 0.85, shape: 0.85, word: 0.56 };
// Dictionary words are many to a sentence and far from independent: each counts for a fraction.
const WEIGHT: Record<AnchorKind, number> = { figure: 1, time: 1, token: 1, name: 1, marker: 1, term: 1, shape: 1, word: 0.3 };
// A title or heading is its own line in both languages: it joins a neighbour in a bead rarely.
const STANDALONE = new Set(['title', 'heading', 'subtitle', 'byline']);
const STANDALONE_JOINED = Math.log(0.2);
// Kinds and keys that count even where only one side has them (see prepare).
const ONE_SIDED = new Set<AnchorKind>(['figure', 'time', 'token']);
const STRUCTURAL_KEYS = new Set(['s:rule', 's:question', 's:lead-in']);
// Lines that look like headings or rules, whatever their kind: short, with no sentence inside.
const ZH_HEADING_LIKE = /^[^。，；！？,;!?]{1,20}$/u;
const EN_HEADING_LIKE = /^(?=.{1,60}$)[^.;!?]*[^.;!?,\s]$/u;
// Text that ends a sentence or clause, and how often the English of such text does too.
const ZH_SENTENCE_END = /[。！？；：︰.!?;:][」』”’）)]*\s*$/u;
const EN_SENTENCE_END = /[.!?;:]["”’)]*\s*$/u;
const VISIBLE_CUT = 0.95;
// Gale and Church's s² for this pair of languages, in English characters: the variance per unit of
// length of the 1–1 links of the Hong Kong pairs not held out (3–5 at every length, fitted 4.9).
export const DEFAULT_VARIANCE = 5;

/** Half of a segment or paragraph, cut after a sentence (parts.ts): for 2–1 and 1–2 beads. */
type Half<L> = { length: L; keys: Set<string> };
type Cut<L> = { head: Half<L>; tail: Half<L> };

type Prepared = {
  zh: { segment: ZhSegment; length: ZhLength; anchors: Anchor[]; standalone: boolean; endsSentence: boolean; cuts: Cut<ZhLength>[] }[];
  en: { length: number; anchors: Anchor[]; standalone: boolean; endsSentence: boolean; cuts: Cut<number>[] }[];
  /** How many segments / paragraphs hold each key (English: only keys the Chinese has too). */
  zhCount: Map<string, number>;
  enCount: Map<string, number>;
};

const keySet = (anchors: Anchor[]) => new Set(anchors.map((a) => a.key));
const addZh = (a: ZhLength, b: ZhLength): ZhLength => ({ chinese: a.chinese + b.chinese, latin: a.latin + b.latin });
const addEn = (a: number, b: number) => a + b;

// Keys a text has by its ends, not by its content: only the half that ends or starts it has them.
const AT_END = /^s:(?:lead-in|question)$/;
const AT_START = /^(?:m:|s:label$)/;

/** The two halves of a text at each of its cuts, from the anchors of the sentences between cuts. */
function cutsOf<L>(sentences: { length: L; keys: Set<string> }[], add: (a: L, b: L) => L): Cut<L>[] {
  const half = (from: number, to: number): Half<L> => {
    const keys = new Set<string>();
    for (let k = from; k < to; k++) for (const key of sentences[k].keys) if ((k === to - 1 || !AT_END.test(key)) && (k === from || !AT_START.test(key))) keys.add(key);
    return { length: sentences.slice(from + 1, to).reduce((s, x) => add(s, x.length), sentences[from].length), keys };
  };
  return sentences.slice(1).map((_, k) => ({ head: half(0, k + 1), tail: half(k + 1, sentences.length) }));
}

/** A text cut at the given offsets into its sentences. */
const sentencesOf = (text: string, at: number[]) => [0, ...at].map((start, k) => text.slice(start, at[k] ?? text.length));

function prepare(segments: ZhSegment[], paragraphs: string[], terms: readonly GlossaryTerm[], dictionary?: Dictionary): Prepared {
  const names = [...new Set(paragraphs.flatMap((p) => hanNames(p).map((a) => a.text)))];
  // The sentences of texts that have more than one (the others have no cut).
  const several = (sentences: string[]) => (sentences.length > 1 ? sentences : []);
  const zhSentences = segments.map((s) => several(sentencesOf(s.zh, zhCuts(s.zh))));
  const enSentences = paragraphs.map((p) => several(sentencesOf(p, enCuts(p))));
  // One call for whole texts and their sentences, which come after them in order.
  const lexical = dictionary ? lexicalAnchors([...segments.map((s) => s.zh), ...zhSentences.flat()], [...paragraphs, ...enSentences.flat()], dictionary) : undefined;
  let [zhAt, enAt] = [segments.length, paragraphs.length];
  const zhText = (text: string, kind: string, lex: Anchor[] = []) => [...zhAnchors({ zh: text, kind }, terms), ...sharedNames(text, names), ...lex];
  const enText = (text: string, lex: Anchor[] = []) => [...enAnchors(text, terms), ...hanNames(text), ...lex];
  const zh = segments.map((segment, i) => ({
    segment,
    length: zhLength(segment.zh),
    anchors: zhText(segment.zh, segment.kind, lexical?.zh[i]),
    standalone: STANDALONE.has(segment.kind) || ZH_HEADING_LIKE.test(segment.zh.trim()),
    endsSentence: ZH_SENTENCE_END.test(segment.zh),
    sentences: zhSentences[i].map((text) => ({ length: zhLength(text), anchors: zhText(text, segment.kind, lexical?.zh[zhAt++]) })),
  }));
  const en = paragraphs.map((p, i) => ({
    length: enLength(p),
    anchors: enText(p, lexical?.en[i]),
    standalone: EN_HEADING_LIKE.test(p.trim()),
    endsSentence: EN_SENTENCE_END.test(p),
    sentences: enSentences[i].map((text) => ({ length: enLength(text), anchors: enText(text, lexical?.en[enAt++]) })),
  }));
  const count = (items: { anchors: Anchor[] }[]) => {
    const counts = new Map<string, number>();
    for (const item of items) for (const key of keySet(item.anchors)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const [zhAll, enAll] = [count(zh), count(en)];
  // English words are never in the Chinese, so an English key counts only where the Chinese has
  // it too. A Chinese figure or Latin token that no English paragraph has still counts: against
  // every bead that gives its segment English, and so for the segment's omission.
  // A rule line, a question or a lead-in is one in either language: its absence on one side counts.
  const shared = (key: string) => (zhAll.has(key) && enAll.has(key)) || STRUCTURAL_KEYS.has(key);
  const zhKeep = (anchors: Anchor[]) => anchors.filter((a) => shared(a.key) || ONE_SIDED.has(a.kind));
  const enKeep = (anchors: Anchor[]) => anchors.filter((a) => shared(a.key));
  const cuts = <L>(sentences: { length: L; anchors: Anchor[] }[], keep: (a: Anchor[]) => Anchor[], add: (a: L, b: L) => L) =>
    cutsOf(
      sentences.map((s) => ({ length: s.length, keys: keySet(keep(s.anchors)) })),
      add,
    );
  return {
    zh: zh.map(({ sentences, ...z }) => ({ ...z, anchors: zhKeep(z.anchors), cuts: cuts(sentences, zhKeep, addZh) })),
    en: en.map(({ sentences, ...e }) => ({ ...e, anchors: enKeep(e.anchors), cuts: cuts(sentences, enKeep, addEn) })),
    zhCount: zhAll,
    enCount: new Map([...enAll].filter(([key]) => shared(key))),
  };
}

type Scoring = { ratio: number; variance: number };

function scorer(p: Prepared, { ratio, variance }: Scoring) {
  const [n, m] = [p.zh.length, p.en.length];
  // Chance that a segment / paragraph drawn at random holds the key (smoothed).
  const chance = (count: number | undefined, total: number) => ((count ?? 0) + 0.5) / (total + 1);
  const zhKeys = p.zh.map((z) => keySet(z.anchors));
  const enKeys = p.en.map((e) => keySet(e.anchors));
  const union = (sets: Set<string>[]) => (sets.length === 1 ? sets[0] : new Set(sets.flatMap((s) => [...s])));

  // A bead of k paragraphs holds a key by chance more often than one paragraph does: without this,
  // bigger beads would collect matches for free.
  const chanceIn = (count: number | undefined, total: number, k: number) => 1 - (1 - chance(count, total)) ** k;

  function anchorTerm(zs: Set<string>, es: Set<string>, dz: number, de: number): number {
    let llr = 0;
    for (const key of zs) {
      const kind = keyKind(key);
      const hit = HIT[kind];
      const q = Math.min(chanceIn(p.enCount.get(key), m, de), hit - 0.05);
      llr += WEIGHT[kind] * (es.has(key) ? Math.log(hit / q) : Math.log((1 - hit) / (1 - q)));
    }
    for (const key of es) {
      if (zs.has(key)) continue;
      const kind = keyKind(key);
      const hit = HIT[kind];
      const q = Math.min(chanceIn(p.zhCount.get(key), n, dz), hit - 0.05);
      llr += WEIGHT[kind] * Math.log((1 - hit) / (1 - q));
    }
    return llr;
  }

  // A Chinese segment and English text as a 1–1 bead (no prior): length and anchors.
  const oneToOne = (zl: ZhLength, zk: Set<string>, el: number, ek: Set<string>) => lengthLogProbability(zl, el, ratio, variance) + anchorTerm(zk, ek, 1, 1);
  // Every sentence boundary is as likely as another to be where two paragraphs were joined, so a
  // paragraph of more sentences is more likely two joined: the cuts' likelihoods add up.
  const overCuts = (terms: number[]) => terms.reduce(logAdd);

  return (i: number, j: number, [dz, de]: Shape): number => {
    const prior = PRIOR[`${dz}-${de}` as LinkKind];
    if (!dz || !de) return prior;
    const zh = p.zh.slice(i, i + dz);
    const length = zh.reduce((s, z) => addZh(s, z.length), { chinese: 0, latin: 0 });
    const english = p.en.slice(j, j + de).reduce((s, e) => s + e.length, 0);
    let whole = lengthLogProbability(length, english, ratio, variance) + anchorTerm(union(zhKeys.slice(i, i + dz)), union(enKeys.slice(j, j + de)), dz, de);
    // Scored whole, a bead could swallow a heading for free: the heading must stand alone.
    if ((dz > 1 && zh.some((z) => z.standalone)) || (de > 1 && p.en.slice(j, j + de).some((e) => e.standalone))) whole += STANDALONE_JOINED;
    // Two segments to one paragraph: each segment against its half of the paragraph, cut after one
    // of its sentences (parts.ts). Where the first segment ends a sentence, its English most likely
    // does too and the join is one of the cuts; where it does not (a heading), the join leaves no
    // mark and only the whole can be scored. The same for one segment to two paragraphs.
    let cut: number | undefined;
    let visible = 0;
    if (dz === 2 && de === 1) {
      visible = zh[0].endsSentence ? VISIBLE_CUT : 1 - VISIBLE_CUT;
      const cuts = p.en[j].cuts;
      if (cuts.length)
        cut = overCuts(cuts.map((c) => oneToOne(zh[0].length, zhKeys[i], c.head.length, c.head.keys) + oneToOne(zh[1].length, zhKeys[i + 1], c.tail.length, c.tail.keys)));
    } else if (dz === 1 && de === 2) {
      visible = p.en[j].endsSentence ? VISIBLE_CUT : 1 - VISIBLE_CUT;
      const cuts = zh[0].cuts;
      if (cuts.length)
        cut = overCuts(cuts.map((c) => oneToOne(c.head.length, c.head.keys, p.en[j].length, enKeys[j]) + oneToOne(c.tail.length, c.tail.keys, p.en[j + 1].length, enKeys[j + 1])));
    }
    return prior + (cut === undefined ? Math.log(1 - visible) + whole : logAdd(Math.log(visible) + cut, Math.log(1 - visible) + whole));
  };
}

/** The ratio over the beads that have both sides, so that omitted text does not lower it. */
function ratioOf(p: Prepared, steps: Step[]): number {
  const linked = steps.filter((s) => s.shape[0] && s.shape[1]);
  return lengthRatio(
    linked.flatMap((s) => p.zh.slice(s.i, s.i + s.shape[0]).map((z) => z.length)),
    linked.flatMap((s) => p.en.slice(s.j, s.j + s.shape[1]).map((e) => e.length)),
  );
}

function toLink(p: Prepared, step: Step): Link {
  const zh = p.zh.slice(step.i, step.i + step.shape[0]);
  const en = p.en.slice(step.j, step.j + step.shape[1]);
  const enByKey = new Map<string, Anchor>();
  for (const e of en) for (const a of e.anchors) if (!enByKey.has(a.key)) enByKey.set(a.key, a);
  const anchors = new Map<string, LinkAnchor>();
  for (const z of zh)
    for (const a of z.anchors) {
      const match = enByKey.get(a.key);
      // Dictionary words are evidence, not anchors to show: they would bury the figures.
      if (match && a.kind !== 'word' && !anchors.has(a.key)) anchors.set(a.key, { kind: a.kind, zh: a.text, en: match.text });
    }
  return {
    zh: zh.map((z) => z.segment.id),
    en: en.map((_, k) => step.j + k),
    kind: `${step.shape[0]}-${step.shape[1]}` as LinkKind,
    confidence: Math.round(step.posterior * 1000) / 1000,
    ...(anchors.size ? { anchors: [...anchors.values()] } : {}),
  };
}

/**
 * Links a release's Chinese segments (in order) to the paragraphs of its official English.
 * Deterministic; throws AlignInputError for input that does not fit the schema.
 */
export function alignRelease(zhSegments: readonly ZhSegment[], enParagraphs: readonly string[], options?: AlignOptions): Link[] {
  const input = parseAlignInput(zhSegments, enParagraphs, options);
  const p = prepare(input.zhSegments, input.enParagraphs, [...BOILERPLATE_TERMS, ...input.options.glossary], input.options.dictionary);
  const variance = input.options.variance ?? DEFAULT_VARIANCE;
  const align = (ratio: number) => alignBeads(p.zh.length, p.en.length, SHAPES, scorer(p, { ratio, variance }));
  let ratio =
    input.options.ratio ??
    lengthRatio(
      p.zh.map((z) => z.length),
      p.en.map((e) => e.length),
    );
  let steps = align(ratio);
  if (input.options.ratio === undefined) {
    // Estimated again from what was linked: omitted passages no longer dilute it.
    const refined = ratioOf(p, steps);
    if (Math.abs(refined - ratio) > 0.02 * ratio) [ratio, steps] = [refined, align(refined)];
  }
  return steps.map((step) => toLink(p, step));
}
