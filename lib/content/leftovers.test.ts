import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { releaseLeftovers } from './leftovers';
import { loadReleases } from './load';
import { releaseSchema, type ReleaseContent } from './schema';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

function release(zh: string, sourceScript: 'hans' | 'hant', keepAsWritten: { text: string; reason: string }[] = []): ReleaseContent {
  return releaseSchema.parse({
    slug: 'x',
    date: '2024-03-08',
    sourceScript,
    sourceUrl: null,
    issuer: { zh: '山東省人民政府新聞辦公室', en: 'Information Office' },
    title: { zh: '新聞發布會', en: 'Press conference' },
    editorial: { note: '', repairs: [], keepAsWritten },
    segments: [{ id: 's4', kind: 'paragraph', zh, en: 'x' }],
  });
}

describe('releaseLeftovers', () => {
  test('the curated releases have none', async () => {
    for (const r of await loadReleases(CONTENT)) expect(releaseLeftovers(r)).toEqual([]);
  });

  test('a mainland-made Traditional source: every spot named, in each view it shows in', () => {
    const problems = releaseLeftovers(release('著力推進制造業數字化轉型，注冊在用', 'hant'));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe(
      'segment "s4" (segments[0]), tw view: 制造 where the standard writes 製造 (…著力推進制造業數字化轉型…): 製造 (manufacture): 制 is to make rules, restrain. ' +
        'If it is right as written (a name, say), list it in editorial.keepAsWritten with the reason.',
    );
    expect(problems.map((p) => p.slice(0, p.indexOf(' where')))).toEqual([
      'segment "s4" (segments[0]), tw view: 制造',
      'segment "s4" (segments[0]), tw view: 注冊',
      'segment "s4" (segments[0]), hk view: 制造',
      'segment "s4" (segments[0]), hk view: 注冊',
    ]);
  });

  test('the same text from its Simplified source has none', () => {
    expect(releaseLeftovers(release('着力推进制造业数字化转型，注册在用', 'hans'))).toEqual([]);
  });

  test('a Simplified source typed with 著 for 着', () => {
    expect(releaseLeftovers(release('一是著力提升产业创新能力', 'hans'))).toEqual([
      expect.stringMatching(/^segment "s4" \(segments\[0\]\), hans view: 著力 where the standard writes 着力/),
      expect.stringMatching(/^segment "s4" \(segments\[0\]\), hk view: 著力 where the standard writes 着力/),
    ]);
  });

  test('editorial.keepAsWritten lets a checked string stand', () => {
    expect(releaseLeftovers(release('于先生介紹', 'hant'))).toHaveLength(2);
    expect(releaseLeftovers(release('于先生介紹', 'hant', [{ text: '于先生', reason: 'the surname 于' }]))).toEqual([]);
  });
});
