// A term's use over time, as its page charts it, against counts made here from the content files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import { hanLength } from '@/lib/glossary/timeline';
import { appDatabase } from '../support/app-database';

const RELEASES = path.resolve(import.meta.dirname, '../../content/releases');
type File = { slug: string; date: string; sourceScript: 'hans' | 'hant'; segments: { zh: string }[] };
const files: File[] = readdirSync(RELEASES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(path.join(RELEASES, f), 'utf8')) as File);

/** Occurrences of a Simplified term in a release's text, converted whole to Simplified, counted without overlap. */
function countIn(file: File, term: string) {
  const text = file.segments.map((s) => convert(s.zh, file.sourceScript, 'hans')).join('\n');
  return text.split(term).length - 1;
}

let db: Awaited<ReturnType<typeof appDatabase>>;
beforeAll(async () => {
  db = await appDatabase();
}, 120_000);
afterAll(() => db.close());

test.each(['新质生产力', '专精特新', '一带一路', '产业链'])('%s: a point per release, oldest first, with the count and rate in its text', async (term) => {
  const { getGlossaryEntry } = await import('@/lib/server/glossary/queries');
  const { timelineOf } = await import('@/lib/server/glossary/timeline');
  const entry = (await getGlossaryEntry(term, 'hant', null))!;
  const points = await timelineOf(entry.occurrences.releases);
  expect(points.map((p) => p.slug)).toEqual([...files].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug)).map((f) => f.slug));
  for (const file of files) {
    const point = points.find((p) => p.slug === file.slug)!;
    const chars = file.segments.reduce((n, s) => n + hanLength(s.zh), 0);
    expect(point.count, file.slug).toBe(countIn(file, term));
    expect(point.chars, file.slug).toBe(chars);
    expect(point.rate, file.slug).toBeCloseTo((countIn(file, term) * 10_000) / chars, 6);
  }
  expect(points.filter((p) => p.count > 0).length).toBeGreaterThanOrEqual(2); // used in more than one release
});
