import { BOILERPLATE_TERMS, enAnchors, hanNames, keyKind, sharedNames, zhAnchors, type Anchor, type AnchorKind, type GlossaryTerm } from './anchors';
import { alignBeads, logAdd, type Shape, type Step } from './dp';
import { enCuts, zhCuts } from './parts';
import { Side, unitOf, views, type Unit } from './views';
import { lexicalAnchors, type Dictionary } from './lexicon';
import { enNameAnchors, romanizedNames, zhNameAnchors } from './romanized';
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
// two paragraphs (1–2) likewise, cutting the segment; and so every bead that joins texts, three to
// one and two to two too (views.ts): a shape scored only whole would take in what the others may not.

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
const SHAPE_SPAN = 1 + Math.max(...SHAPES.flat());
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
const HIT: Record<AnchorKind, number> = { figure: 0.85, time: 0.85, token: 0.8, name: 0.95, person: 0.7, marker: 0.9, term: 0.85, shape: 0.85, word: 0.56 };
// Dictionary words are many to a sentence and far from independent: each counts for a fraction.
const WEIGHT: Record<AnchorKind, number> = { figure: 1, time: 1, token: 1, name: 1, person: 1, marker: 1, term: 1, shape: 1, word: 0.3 };
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

type Prepared = {
  zh: { segment: ZhSegment; length: ZhLength; anchors: Anchor[]; unit: Unit<ZhLength> }[];
  en: { length: number; anchors: Anchor[]; unit: Unit<number> }[];
  /** How many segments / paragraphs hold each key (English: only keys the Chinese has too). */
  zhCount: Map<string, number>;
  enCount: Map<string, number>;
};

const keySet = (anchors: Anchor[]) => new Set(anchors.map((a) => a.key));
// Made once per set, so that the set without it is one set too (see anchorsOf).
const leadInless = new WeakMap<Set<string>, Set<string>>();
const WHOLE: [number[], number[]][] = [[[], []]];

function withoutLeadIn(keys: Set<string>): Set<string> {
  if (!keys.has('s:lead-in')) return keys;
  let without = leadInless.get(keys);
  if (!without) leadInless.set(keys, (without = new Set([...keys].filter((k) => k !== 's:lead-in'))));
  return without;
}
const addZh = (a: ZhLength, b: ZhLength): ZhLength => ({ chinese: a.chinese + b.chinese, latin: a.latin + b.latin });
const addEn = (a: number, b: number) => a + b;

/** A text cut at the given offsets into its sentences. */
const sentencesOf = (text: string, at: number[]) => [0, ...at].map((start, k) => text.slice(start, at[k] ?? text.length));

function prepare(segments: ZhSegment[], paragraphs: string[], terms: readonly GlossaryTerm[], dictionary?: Dictionary): Prepared {
  const names = [...new Set(paragraphs.flatMap((p) => hanNames(p).map((a) => a.text)))];
  const romanized = romanizedNames(
    segments.map((s) => s.zh),
    paragraphs,
  );
  // The sentences of texts that have more than one (the others have no cut).
  const several = (sentences: string[]) => (sentences.length > 1 ? sentences : []);
  const zhSentences = segments.map((s) => several(sentencesOf(s.zh, zhCuts(s.zh))));
  const enSentences = paragraphs.map((p) => several(sentencesOf(p, enCuts(p))));
  // One call for whole texts and their sentences, which come after them in order.
  const lexical = dictionary ? lexicalAnchors([...segments.map((s) => s.zh), ...zhSentences.flat()], [...paragraphs, ...enSentences.flat()], dictionary) : undefined;
  let [zhAt, enAt] = [segments.length, paragraphs.length];
  const zhText = (text: string, kind: string, lex: Anchor[] = []) => [
    ...zhAnchors({ zh: text, kind }, terms),
    ...sharedNames(text, names),
    ...zhNameAnchors(text, romanized),
    ...lex,
  ];
  const enText = (text: string, lex: Anchor[] = []) => [...enAnchors(text, terms), ...hanNames(text), ...enNameAnchors(text, romanized), ...lex];
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
  // A rule line, a question or a lead-in is one in either language: its absence on one side counts,
  // and so does a formula's.
  const shared = (key: string) => (zhAll.has(key) && enAll.has(key)) || STRUCTURAL_KEYS.has(key);
  // The boilerplate terms' renderings are fixed: a formula ("請盡快播出…") whose English is nowhere
  // in the release counts for its omission (keys as anchors.ts gives them: g: and the term's place).
  const formulas = new Set(terms.flatMap((t, i) => (BOILERPLATE_TERMS.includes(t) ? [`g:${i}`] : [])));
  const zhKeep = (anchors: Anchor[]) => anchors.filter((a) => shared(a.key) || ONE_SIDED.has(a.kind) || formulas.has(a.key));
  const enKeep = (anchors: Anchor[]) => anchors.filter((a) => shared(a.key));
  const unit = <L>(
    t: { length: L; anchors: Anchor[]; sentences: { length: L; anchors: Anchor[] }[]; endsSentence: boolean; standalone: boolean },
    keep: (a: Anchor[]) => Anchor[],
    add: (a: L, b: L) => L,
  ) =>
    unitOf(
      { length: t.length, keys: keySet(keep(t.anchors)) },
      t.sentences.map((s) => ({ length: s.length, keys: keySet(keep(s.anchors)) })),
      add,
      t,
    );
  return {
    zh: zh.map((z) => ({ segment: z.segment, length: z.length, anchors: zhKeep(z.anchors), unit: unit(z, zhKeep, addZh) })),
    en: en.map((e) => ({ length: e.length, anchors: enKeep(e.anchors), unit: unit(e, enKeep, addEn) })),
    zhCount: zhAll,
    enCount: new Map([...enAll].filter(([key]) => shared(key))),
  };
}

type Scoring = { ratio: number; variance: number };

function scorer(p: Prepared, { ratio, variance }: Scoring) {
  const [n, m] = [p.zh.length, p.en.length];
  // Chance that a segment / paragraph drawn at random holds the key (smoothed).
  const chance = (count: number | undefined, total: number) => ((count ?? 0) + 0.5) / (total + 1);
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

  // The same two texts meet in many views of many beads; their keys' sets are made once (views.ts),
  // so they name the pair. A set stands for one text, so for one number of units.
  const met = new Map<Set<string>, Map<Set<string>, number>>();
  function anchorsOf(zk: Set<string>, ek: Set<string>, zu: number, eu: number): number {
    let row = met.get(zk);
    if (!row) met.set(zk, (row = new Map()));
    let term = row.get(ek);
    if (term === undefined) row.set(ek, (term = anchorTerm(zk, ek, zu, eu)));
    return term;
  }

  // A view of the bead (views.ts): the joins it shows or not, and each part against its counterpart.
  // A Chinese part cut after a colon inside its segment introduces the rest of that segment, not
  // lines to follow: whether its English ends in a colon or a full stop says nothing.
  function viewTerm(zh: Side<ZhLength>, en: Side<number>, [zhCuts, enCuts]: [number[], number[]]): number {
    const [zb, eb] = [
      [0, ...zhCuts, zh.total],
      [0, ...enCuts, en.total],
    ];
    let sum = zh.joinTerm(zhCuts, VISIBLE_CUT) + en.joinTerm(enCuts, VISIBLE_CUT);
    for (let k = 0; k + 1 < zb.length; k++) {
      const [z, e] = [zh.part(zb[k], zb[k + 1]), en.part(eb[k], eb[k + 1])];
      const [zk, ek] = z.endsInside ? [withoutLeadIn(z.keys), withoutLeadIn(e.keys)] : [z.keys, e.keys];
      sum += lengthLogProbability(z.length, e.length, ratio, variance) + anchorsOf(zk, ek, z.units, e.units);
      if (z.standaloneJoined || e.standaloneJoined) sum += STANDALONE_JOINED;
    }
    return sum;
  }

  // A bead's sides recur across beads (the same segments against other paragraphs): each is made once.
  const sides = <L>(units: Unit<L>[], add: (a: L, b: L) => L) => {
    const made = new Map<number, Side<L>>();
    return (at: number, count: number) => {
      const id = at * SHAPE_SPAN + count;
      let side = made.get(id);
      if (!side) made.set(id, (side = new Side(units.slice(at, at + count), add)));
      return side;
    };
  };
  const [zhSide, enSide] = [
    sides(
      p.zh.map((z) => z.unit),
      addZh,
    ),
    sides(
      p.en.map((e) => e.unit),
      addEn,
    ),
  ];

  // A bead's views depend only on where its sides' texts and sentences start: beads of the same
  // shape share them (a one-to-one bead has one view, the whole, and needs no key).
  const made = new Map<string, [number[], number[]][]>();
  const viewsOf = (zh: Side<ZhLength>, en: Side<number>) => {
    if (zh.units.length + en.units.length === 2) return WHOLE;
    const key = `${zh.starts}/${zh.total} ${en.starts}/${en.total}`;
    let found = made.get(key);
    if (!found) made.set(key, (found = views(zh, en)));
    return found;
  };

  // Every sentence boundary is as likely as another to be where two texts were joined, so a text of
  // more sentences is more likely two joined: the views' likelihoods add up.
  return (i: number, j: number, [dz, de]: Shape): number => {
    const prior = PRIOR[`${dz}-${de}` as LinkKind];
    if (!dz || !de) return prior;
    const [zh, en] = [zhSide(i, dz), enSide(j, de)];
    return (
      prior +
      viewsOf(zh, en)
        .map((v) => viewTerm(zh, en, v))
        .reduce(logAdd)
    );
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
