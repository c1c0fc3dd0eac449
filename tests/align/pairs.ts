// Real bilingual pairs and their gold keys, for the aligner's tests and bench. The Hong Kong pairs
// are read from ../shared/corpus beside the checkout (never copied here); the other pairs are
// fixtures taken from their sources (tests/fixtures/align/*.source.txt). Keys count lines from 1,
// the headline being line 1 on both sides.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { GoldLink, Pair } from '../../lib/align/evaluate';
import type { Link, ZhSegment } from '../../lib/align/schema';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const CORPUS_DIR = path.resolve(repoRoot, '../shared/corpus/hongkong');
export const FIXTURES_DIR = path.join(repoRoot, 'tests/fixtures/align');
export const corpusPresent = existsSync(CORPUS_DIR);

/** Pairs kept out of every tuning decision, reported apart. */
export const HELD_OUT = new Set([
  'hk20260122_edb_expo',
  'hk20260122_smart_traffic_fund',
  'mfa-2024-06-17-presscon',
  'tw-president-2019-11-14-izumi',
  'tw-president-2021-09-25-japan-vaccines',
  'tw-president-2024-06-13-time',
]);

const keySchema = z.object({
  pair: z.string(),
  notes: z.string(),
  links: z.array(z.object({ zh: z.array(z.number().int().min(1)), en: z.array(z.number().int().min(1)) })),
});

export type NamedPair = Pair & { name: string; heldOut: boolean };

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());

function load(name: string, textDir: string): NamedPair {
  const key = keySchema.parse(JSON.parse(readFileSync(path.join(FIXTURES_DIR, `${name}.key.json`), 'utf8')));
  const gold: GoldLink[] = key.links.map((l) => ({ zh: l.zh.map((n) => n - 1), en: l.en.map((n) => n - 1) }));
  return { name, heldOut: HELD_OUT.has(name), zh: lines(path.join(textDir, `${name}.zh.txt`)), en: lines(path.join(textDir, `${name}.en.txt`)), gold };
}

const keyNames = () =>
  readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.key.json'))
    .map((f) => f.slice(0, -'.key.json'.length))
    .sort();

/** The Hong Kong pairs of the shared corpus (empty where it is absent). */
export const corpusPairs = (): NamedPair[] =>
  corpusPresent
    ? keyNames()
        .filter((n) => n.startsWith('hk'))
        .map((n) => load(n, CORPUS_DIR))
    : [];

/** The pairs committed as fixtures with their sources. */
export const fixturePairs = (): NamedPair[] =>
  keyNames()
    .filter((n) => !n.startsWith('hk'))
    .map((n) => load(n, FIXTURES_DIR));

/** Chinese lines as segments: the headline is the title, the rest paragraphs; ids from line numbers. */
export const segmentsOf = (zh: string[]): ZhSegment[] => zh.map((text, i) => ({ id: `zh${i + 1}`, kind: i ? 'paragraph' : 'title', zh: text }));

/** Links by position, to score against a key. */
export const positions = (links: Link[]): GoldLink[] => links.map((l) => ({ zh: l.zh.map((id) => Number(id.slice(2)) - 1), en: l.en }));
