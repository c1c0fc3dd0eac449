// Importer throughput against a bare TextDecoder + split-into-lines baseline, in one run.
// Usage: npx tsx bench/import.ts
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importDocument } from '../lib/import';
import { writeSection } from './results';

const corpus = path.resolve(import.meta.dirname, '../../shared/corpus');
const files = ['mainland', 'taiwan', 'hongkong', 'mirrors'].flatMap((dir) =>
  readdirSync(path.join(corpus, dir))
    .filter((f) => !f.endsWith('.en.txt') && !f.endsWith('.source.txt'))
    .map((f) => new Uint8Array(readFileSync(path.join(corpus, dir, f)))),
);
const line = '推進新型工業化發展，今年力爭新增“上雲用數賦智”中小企業15萬家以上。\n';
const synthetic = new TextEncoder().encode(line.repeat(Math.ceil((5 * 1024 * 1024 - 1024) / Buffer.byteLength(line))).slice(0, 5 * 1024 * 1024 - 1024));

const time = (run: () => void, runs: number) => {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
};
const baseline = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split(/\r?\n/).length;
const mb = (bytes: number) => bytes / 1024 / 1024;

const corpusBytes = files.reduce((n, f) => n + f.length, 0);
const corpusImport = time(() => files.forEach((f) => importDocument(f)), 5);
const corpusBase = time(() => files.forEach(baseline), 5);
const bigImport = time(() => importDocument(synthetic), 3);
const bigBase = time(() => baseline(synthetic), 3);

const rows = [
  ['corpus (' + files.length + ' files)', corpusBytes, corpusImport, corpusBase],
  ['synthetic 5 MB text', synthetic.length, bigImport, bigBase],
] as const;
writeSection(
  [
    '## Importer',
    '',
    'Command: `npx tsx bench/import.ts`.',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores, shared), Node ${process.version}; median of 5 runs (3 for 5 MB) after a warm-up.`,
    'Baseline: a bare `TextDecoder` decode and a split into lines of the same bytes, in the same run.',
    '',
    '| input | MB | import ms | import MB/s | baseline ms | baseline MB/s | import ÷ baseline time |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ([name, bytes, imp, base]) =>
        `| ${name} | ${mb(bytes).toFixed(2)} | ${imp.toFixed(0)} | ${(mb(bytes) / (imp / 1000)).toFixed(2)} | ${base.toFixed(1)} | ${(mb(bytes) / (base / 1000)).toFixed(0)} | ${(imp / base).toFixed(0)}× |`,
    ),
    '',
    `The 5 MB import takes ${(bigImport / 1000).toFixed(2)} s. The corpus figure includes 16 HTML pages, where linkedom and Readability do most of the work.`,
  ].join('\n'),
);
