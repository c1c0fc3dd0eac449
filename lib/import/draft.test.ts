import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { releaseSchema } from '@/lib/content/schema';
import { buildDraft, draftToYaml } from './draft';
import { importDocument } from './index';
import { resolveDamage } from './repairs';

const result = importDocument(
  new TextEncoder().encode(
    ['某某市新聞發布會', '3月8日,某某市人民政府新聞辦公室舉行新聞發布會。', '大眾日?qǐng)?bào)記者:', '如何推動?', '李明:感謝提問。', '一是加強統籌。'].join('\n'),
  ),
);
const meta = { slug: 'draft-test', date: '2024-03-08', sourceUrl: 'https://example.gov.cn/a.html', sourceName: 'a.html' };

describe('buildDraft', () => {
  test('a valid release with empty English and TODO where the schema needs text', () => {
    const draft = buildDraft(result, meta, resolveDamage(result, undefined, true));
    expect(releaseSchema.safeParse(draft).success).toBe(true);
    expect(draft).toMatchObject({
      slug: 'draft-test',
      date: '2024-03-08',
      sourceScript: 'hant',
      sourceUrl: 'https://example.gov.cn/a.html',
      issuer: { zh: '某某市人民政府新聞辦公室', en: 'TODO' },
      title: { zh: '某某市新聞發布會', en: 'TODO' },
      speakers: { 'speaker-1': { zh: '大眾日?qǐng)?bào)記者', en: 'TODO' }, 'speaker-2': { zh: '李明', en: 'TODO' } },
    });
    expect(draft.segments.map((s) => [s.id, s.kind, s.speaker, s.en])).toEqual([
      ['lead', 'lead', undefined, ''],
      ['q1', 'question', 'speaker-1', ''],
      ['a1', 'answer', 'speaker-2', ''],
      ['a1-1', 'point', 'speaker-2', ''],
    ]);
  });

  test('accepted damage stays in the text and is listed in the editorial note', () => {
    const draft = buildDraft(result, meta, resolveDamage(result, undefined, true));
    expect(draft.editorial.note).toContain('Encoding damage accepted for a curator to repair (1)');
    expect(draft.editorial.note).toContain('speaker speaker-1: "?qǐng)?bào)"');
  });

  test('curated repairs are applied and recorded', () => {
    const curated = { editorial: { note: '', repairs: [{ speaker: 'x', damaged: '大眾日?qǐng)?bào)', restored: '大眾日報', reason: 'context' }] } };
    const draft = buildDraft(result, meta, resolveDamage(result, curated as never, false));
    expect(draft.speakers['speaker-1'].zh).toBe('大眾日報記者');
    expect(draft.editorial.repairs).toEqual([{ speaker: 'speaker-1', damaged: '大眾日?qǐng)?bào)', restored: '大眾日報', reason: 'context' }]);
  });

  test('the YAML reads back as the same release', () => {
    const draft = buildDraft(result, meta, resolveDamage(result, undefined, true));
    const yaml = draftToYaml(draft, ' header line');
    expect(yaml.startsWith('# header line\n')).toBe(true);
    expect(releaseSchema.parse(parse(yaml))).toEqual(draft);
  });
});
