import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const RESULTS = path.resolve(import.meta.dirname, 'RESULTS.md');

/**
 * Puts `section` (which starts with its own `## heading` line) into bench/RESULTS.md, replacing
 * the section with that heading and leaving every other benchmark's section as it was.
 */
export function writeSection(section: string): void {
  const heading = section.split('\n', 1)[0];
  const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const start = previous.indexOf(`${heading}\n`);
  const rest = start === -1 ? '' : previous.slice(start + heading.length);
  const next = rest.search(/^## /m);
  const updated =
    start === -1 ? `${previous.trimEnd()}\n\n${section.trimEnd()}\n` : `${previous.slice(0, start)}${section.trimEnd()}\n${next === -1 ? '' : `\n${rest.slice(next)}`}`;
  writeFileSync(RESULTS, updated);
  console.error(`Wrote the "${heading}" section of ${path.relative(process.cwd(), RESULTS)}.`);
}
