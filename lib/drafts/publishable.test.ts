import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { publishedReleaseSchema } from '@/lib/content/schema';
import { importDocument } from '@/lib/import';
import { SEED_PATH } from '@/tests/fixtures/seed';
import { applyDamageAction } from './damage';
import { newDraft } from './new-draft';
import { publishBlockers, releaseOf } from './publishable';
import type { DraftRelease } from './schema';

const seed = () => newDraft(importDocument(readFileSync(SEED_PATH)), { fileName: 'seed.txt', sourceUrl: null });

/** The seed's draft with every field an editor fills filled, and every spot decided. */
function ready() {
  const seeded = seed();
  const { report } = seeded;
  let draft = {
    ...seeded.draft,
    slug: 'shandong-import',
    date: '2024-03-08',
    title: { zh: '山东省新型工业化新闻发布会', en: 'Shandong on new industrialization' },
    issuer: { ...seeded.draft.issuer, en: 'Information Office of the Shandong Provincial Government' },
    speakers: Object.fromEntries(Object.entries(seeded.draft.speakers).map(([k, s]) => [k, { ...s, en: `Speaker ${k}` }])),
  };
  let damage = report.damage;
  for (const [spot, restored] of [
    [0, '优'],
    [1, '数'],
    [2, '。科技创'],
    [4, '报'],
  ] as const)
    ({ draft, damage } = applyDamageAction(draft, damage, { spot, action: 'repair', restored }));
  ({ draft, damage } = applyDamageAction(draft, damage, { spot: 3, action: 'accept', reason: 'Too long to guess; a curator checks the source.' }));
  return { draft, report: { ...report, damage } };
}

describe('publishBlockers', () => {
  test('a fresh import names everything left to do: damage first, then each field, by path', () => {
    const { draft, report } = seed();
    const blockers = publishBlockers({ ...draft, slug: 'Bad Slug', date: '2024-3-8', sourceUrl: 'not a url' }, report);
    expect(blockers.map((b) => [b.field, b.reason])).toEqual([
      ['damage.0', 'damage_unresolved'],
      ['damage.1', 'damage_unresolved'],
      ['damage.2', 'damage_unresolved'],
      ['damage.3', 'damage_unresolved'],
      ['damage.4', 'damage_unresolved'],
      ['slug', 'slug_invalid'],
      ['date', 'date_invalid'],
      ['sourceUrl', 'url_invalid'],
      ['title.zh', 'missing_zh'],
      ['title.en', 'missing_en'],
      ['issuer.en', 'missing_en'],
      ['speakers.speaker-1.en', 'missing_en'],
      ['speakers.speaker-2.en', 'missing_en'],
      ['speakers.speaker-3.en', 'missing_en'],
    ]);
    expect(blockers[0].message).toMatch(/^damage\.0: the damaged text "\?jī\)\?yōu\)" at line 6, column \d+ is neither repaired nor accepted$/);
    expect(blockers.find((b) => b.field === 'title.en')?.message).toBe('title.en: the title has no English');
  });

  test('a draft with everything done has none, and publishes as a valid release with untranslated segments', () => {
    const { draft, report } = ready();
    expect(publishBlockers(draft, report)).toEqual([]);
    const release = publishedReleaseSchema.parse(releaseOf(draft, report));
    expect(release.segments.every((s) => s.en === '')).toBe(true);
    expect(release.editorial.repairs).toHaveLength(4);
    expect(release.editorial.note).toMatch(/Encoding damage reviewed in the import:\n- kept as it is: ".*" \(line 17, column \d+\): Too long to guess/);
    expect(release.sourceUrl).toBeNull();
  });

  test.each<[string, (d: DraftRelease) => DraftRelease, string, string]>([
    ['an emptied segment', (d) => ({ ...d, segments: d.segments.map((s, i) => (i === 2 ? { ...s, zh: '  ' } : s)) }), 'segments.2.zh', 'segment_empty'],
    [
      'an English speaker name blanked',
      (d) => ({ ...d, speakers: { ...d.speakers, 'speaker-2': { ...d.speakers['speaker-2'], en: ' ' } } }),
      'speakers.speaker-2.en',
      'missing_en',
    ],
    [
      'a repair whose restored text was typed away',
      (d) => ({ ...d, segments: d.segments.map((s) => (s.id === 's3' ? { ...s, zh: s.zh.replaceAll('优', '') } : s)) }),
      'editorial.repairs.0.restored',
      'invalid',
    ],
  ])('%s blocks publishing', (_, change, field, reason) => {
    const { draft, report } = ready();
    expect(publishBlockers(change(draft), report)).toEqual([expect.objectContaining({ field, reason })]);
  });

  test('a repaired title is told in the note', () => {
    const { draft, report } = ready();
    const spot = { ...report.damage[0], where: { title: true as const }, resolution: { action: 'repaired' as const, restored: '优', reason: 'r' } };
    expect(releaseOf(draft, { damage: [spot] }).editorial.note).toContain(`- title: "${spot.text}" restored as "优": r`);
  });
});
