import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importDocument } from '@/lib/import';
import { SEED_PATH } from '@/tests/fixtures/seed';
import { newDraft } from './new-draft';
import { draftReleaseSchema } from './schema';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../tests/fixtures/import/${name}`, import.meta.url)));

describe('newDraft', () => {
  test('the seed: Simplified, damage left in place, no placeholders, a slug from the file name', () => {
    const { draft, report } = newDraft(importDocument(readFileSync(SEED_PATH)), { fileName: path.basename(SEED_PATH), sourceUrl: 'https://example.org/x' });
    expect(draftReleaseSchema.safeParse(draft).success).toBe(true);
    expect(draft).toMatchObject({
      slug: '000-cb872f3f67baec3e',
      date: '',
      sourceScript: 'hans',
      sourceUrl: 'https://example.org/x',
      title: { zh: '', en: '' },
      issuer: { en: '' },
    });
    expect(Object.values(draft.speakers).map((s) => s.en)).toEqual(['', '', '']);
    expect(JSON.stringify(draft)).not.toContain('TODO');
    expect(draft.editorial.repairs).toEqual([]);
    expect(draft.segments.find((s) => s.id === 's3')!.zh).toContain(report.damage[0].text);
    expect(report).toMatchObject({ fileName: '000_cb872f3f67baec3e.txt', structure: { segments: 27, kinds: { point: 9, heading: 5 } } });
    expect(report.structure.speakers.map((s) => s.key)).toEqual(['speaker-1', 'speaker-2', 'speaker-3']);
    expect(report.cleaning.annotations).toHaveLength(887);
    expect(report).not.toHaveProperty('segments');
  });

  test.each([
    ['a date', '某某市举行新闻发布会\n2024年3月15日\n今天上午，某某市人民政府新闻办公室举行新闻发布会。', 'import-2024-03-15'],
    ['no date', '某某市举行新闻发布会\n今天上午，某某市人民政府新闻办公室举行新闻发布会。', 'import'],
  ])('pasted text (no file name) with %s: the slug is made from the date', (_, text, slug) => {
    const { draft } = newDraft(importDocument(new TextEncoder().encode(text)), { fileName: null, sourceUrl: null });
    expect(draft.slug).toBe(slug);
    expect(draft.title.zh).toBe('某某市举行新闻发布会');
    expect(draft.editorial.note).toContain('Draft imported from pasted text');
  });

  test("an HTML page's own URL is the source URL unless one is given", () => {
    const result = importDocument(fixture('press-release.html'), { format: 'html' });
    expect(newDraft(result, { fileName: 'page.html', sourceUrl: null }).draft.sourceUrl).toBe(result.page?.url ?? null);
    expect(newDraft(result, { fileName: 'page.html', sourceUrl: 'https://example.org/given' }).draft.sourceUrl).toBe('https://example.org/given');
  });
});
