// `npx tsx bench/marking.ts`: glossary term marking of the whole release in every view (each term
// key found on the Simplified twin of the shown text, as the reader does), with the curated
// glossary and with 10,000 synthetic terms besides, against a naive indexOf baseline measured in
// the same run. Prints a markdown section and puts it in bench/RESULTS.md.
import os from 'node:os';
import path from 'node:path';
import { convert } from '../lib/chinese/convert';
import type { Script, Wording } from '../lib/core/text';
import { taiwanWording } from '../lib/chinese/wording';
import { loadGlossary, loadReleases } from '../lib/content/load';
import { termMarks } from '../lib/reader/view';
import { simplifiedTwin } from '../lib/study/twin';
import { termKey } from '../lib/terms/key';
import { buildMatcher, type Match, type Matcher, type Pattern } from '../lib/terms/matcher';
import { writeSection } from './results';
import { prng } from '../tests/support/prng';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const BATCH_MS = Number(process.env.BENCH_BATCH_MS ?? 20);
const SYNTHETIC = 10_000;
const HEADING = '## Term marking';
const VIEWS: [Script, Wording][] = [
  ['hans', 'standard'],
  ['hant', 'standard'],
  ['tw', 'standard'],
  ['hk', 'standard'],
  ['tw', 'tw'],
];

interface Stats {
  mean: number;
  sd: number;
  min: number;
  median: number;
  runs: number;
  batch: number;
}

/**
 * hyperfine's procedure in-process: warm-up runs, then timed runs. A call much shorter than the
 * timer's and the scheduler's noise is repeated in a batch of at least BATCH_MS; the figures are
 * per call.
 */
function measure(fn: () => unknown, runs = RUNS, warmup = WARMUP): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const t = performance.now();
  fn();
  const batch = Math.max(1, Math.ceil(BATCH_MS / Math.max(performance.now() - t, 1e-3)));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) fn();
    times.push((performance.now() - t0) / batch);
  }
  const mean = times.reduce((a, b) => a + b, 0) / runs;
  const sd = Math.sqrt(times.reduce((a, t) => a + (t - mean) ** 2, 0) / Math.max(1, runs - 1));
  const sorted = [...times].sort((a, b) => a - b);
  return { mean, sd, min: sorted[0], median: sorted[Math.floor(runs / 2)], runs, batch };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const cells = (s: Stats) => `${ms(s.mean)} ± ${ms(s.sd)} | ${ms(s.min)} | ${ms(s.median)}`;

/** The baseline: every term's key searched with indexOf in every segment's twin, all occurrences by start, longest first. */
function naiveMatcher(patterns: readonly Pattern[]): Matcher {
  const findAll = (text: string): Match[] => {
    const all: Match[] = [];
    for (const p of patterns) for (let i = text.indexOf(p.text); i !== -1; i = text.indexOf(p.text, i + 1)) all.push({ start: i, end: i + p.text.length, id: p.id, ids: [p.id] });
    return all.sort((a, b) => a.start - b.start || b.end - a.end);
  };
  return { findAll, find: (text) => findAll(text) };
}

const content = path.resolve(import.meta.dirname, '../content');
const [release] = await loadReleases(content);
const curated = (await loadGlossary(content)).map((g) => termKey(g.hant));
const han = [...new Set(release.segments.flatMap((s) => s.zh.match(/\p{Script=Han}/gu) ?? []))];
const random = prng(20240308).int;
const synthetic = Array.from({ length: SYNTHETIC }, () => termKey(Array.from({ length: 2 + random(5) }, () => han[random(han.length)]).join('')));
const SETS = [
  { name: `curated (${curated.length} terms)`, terms: curated },
  { name: `curated + ${SYNTHETIC.toLocaleString('en')} synthetic`, terms: [...curated, ...synthetic] },
];

const views = VIEWS.map(([script, wording]) => ({
  label: wording === 'tw' ? 'tw, Taiwan wording' : script,
  script,
  wording,
  segments: release.segments.map((s) => {
    const { text: zh, substitutions } = wording === 'tw' ? taiwanWording(s.zh, release.sourceScript) : { text: convert(s.zh, release.sourceScript, script), substitutions: [] };
    return { zh, substitutions, twin: simplifiedTwin(zh) };
  }),
}));
const patternsOf = (keys: readonly string[]) => [...new Set(keys)].map((key) => ({ text: key, id: key }));

console.error(`Building (${RUNS} runs after ${WARMUP} warm-ups each)…`);
// One matcher serves every script and wording: keys are Simplified, and so is the twin they are found on.
const buildRows = SETS.map(({ name, terms }) => {
  const patterns = patternsOf(terms);
  return { name, patterns: patterns.length, automaton: measure(() => buildMatcher(patterns)) };
});

console.error('Marking…');
const markRows = SETS.flatMap(({ name, terms }) =>
  views.map((view) => {
    const patterns = patternsOf(terms);
    const matcher = buildMatcher(patterns);
    const naive = naiveMatcher(patterns);
    const viaMatcher = () => view.segments.map((s) => termMarks(s, s.twin, matcher));
    const viaIndexOf = () => view.segments.map((s) => termMarks(s, s.twin, naive));
    const marks = viaMatcher();
    if (JSON.stringify(marks) !== JSON.stringify(viaIndexOf())) throw new Error(`${name}, ${view.label}: matcher and baseline disagree`);
    const matches = marks.reduce((n, m) => n + m.length, 0);
    return { name, view: view.label, patterns: patterns.length, matches, fast: measure(viaMatcher), naive: measure(viaIndexOf) };
  }),
);

const cpus = os.cpus();
const chars = views[1].segments.reduce((n, s) => n + s.zh.length, 0);
const section = `${HEADING}

Command: \`npx tsx bench/marking.ts\` (env BENCH_RUNS=${RUNS}, BENCH_WARMUP=${WARMUP}, BENCH_BATCH_MS=${BATCH_MS}).
Measured ${new Date().toISOString().slice(0, 10)} on ${cpus[0]?.model ?? 'cpu'} (${cpus.length} cores), Node ${process.version}, in one process;
load average ${os
  .loadavg()
  .map((x) => x.toFixed(1))
  .join(', ')} when it finished (other work on the machine widens the sd).
Times in ms per call, hyperfine-style: warm-up runs, then timed runs; mean ± sd | min | median over the runs.
A call shorter than ${BATCH_MS} ms is repeated in a batch of at least ${BATCH_MS} ms per run, to rise above timer and scheduler noise.
The release: ${release.segments.length} segments, ${chars} characters in Traditional. Synthetic terms are random 2–6 character
strings of the release's own ${han.length} Han characters (seeded), so many match in part.

### Matcher build (one for every view: keys are matched on the Simplified twin)

| glossary | patterns | mean ± sd | min | median |
| --- | ---: | ---: | ---: | ---: |
${buildRows.map((r) => `| ${r.name} | ${r.patterns} | ${cells(r.automaton)} |`).join('\n')}

### Marking the whole release (every occurrence, leftmost-longest marks with what they hold, over every segment), per view

| glossary | view | patterns | matches | matcher mean ± sd | min | median | naive mean ± sd | min | median | naive ÷ matcher, means | medians |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${markRows.map((r) => `| ${r.name} | ${r.view} | ${r.patterns} | ${r.matches} | ${cells(r.fast)} | ${cells(r.naive)} | ${(r.naive.mean / r.fast.mean).toFixed(1)}× | ${(r.naive.median / r.fast.median).toFixed(1)}× |`).join('\n')}

Both ways give identical marks (checked before timing). The naive baseline runs indexOf for every
term's key over every segment's twin; both then choose the marks the same way.
`;

console.log(section);
writeSection(section);
