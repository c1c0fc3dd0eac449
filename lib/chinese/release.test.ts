import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { expectConsistent } from '@/tests/fixtures/opencc';
import { convert, convertCharacters } from './convert';
import { taiwanWording } from './wording';

const dir = fileURLToPath(new URL('../../content/releases/', import.meta.url));

/** Every `zh` string of a release file, labelled by its path in the file. */
function zhFields(value: unknown, at: string): [string, string][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]): [string, string][] =>
    key === 'zh' && typeof v === 'string' ? [[at, v]] : zhFields(v, `${at}.${key}`),
  );
}

const releases = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const data: unknown = parse(readFileSync(path.join(dir, f), 'utf8'));
    const { sourceScript } = z.object({ sourceScript: z.enum(['hans', 'hant']) }).parse(data);
    return { file: f, source: sourceScript, fields: zhFields(data, f) };
  });

/** Changed characters, tallied as "from→to"; the conversions checked here keep lengths. */
function changes(before: string, after: string): Record<string, number> {
  const [a, b] = [[...before], [...after]];
  expect(b.length).toBe(a.length);
  const tally: Record<string, number> = {};
  a.forEach((c, i) => {
    if (c !== b[i]) tally[`${c}→${b[i]}`] = (tally[`${c}→${b[i]}`] ?? 0) + 1;
  });
  return tally;
}

describe('the Shandong release (hant)', () => {
  const release = releases.find((r) => r.file.startsWith('2024-03-08-shandong'));
  const text = release?.fields.map(([, zh]) => zh).join('\n') ?? '';

  test('is read as hant', () => {
    expect(release?.source).toBe('hant');
    expect(text.length).toBeGreaterThan(4000);
  });

  test('t→tw changes no character', () => {
    expect(changes(text, convertCharacters(text, 'hant', 'tw'))).toEqual({});
  });

  test('t→hk changes ten characters: 臺→台 nine times, 戶→户 once', () => {
    expect(changes(text, convertCharacters(text, 'hant', 'hk'))).toEqual({ '臺→台': 9, '戶→户': 1 });
  });
});

describe.each(releases)('$file', ({ source, fields }) => {
  test.each(fields)('Taiwan wording of %s is consistent', (_, zh) => {
    expectConsistent(taiwanWording(zh, source), convert(zh, source, 'tw'));
  });
});
