import { expect, test } from 'vitest';
import { buildScriptMatcher } from '@/lib/terms/forms';
import type { LocalizedSegment } from './localize';
import { markSegments, termSpans } from './marking';

const segment = (zh: string, en: string, substitutions: LocalizedSegment['substitutions'] = []): LocalizedSegment => ({
  id: 's1',
  kind: 'paragraph',
  speaker: null,
  zh,
  en,
  figureIssues: [],
  substitutions,
});
const terms = [
  { key: '专精特新', forms: ['專精特新'] },
  { key: '新质生产力', forms: ['新質生產力'] },
  { key: '发展新质生产力', forms: ['發展新質生產力'] },
];
const renderings = new Map([
  ['专精特新', ['specialized, refined, distinctive and innovative']],
  ['新质生产力', ['new quality productive forces']],
]);

test('marks terms in the Chinese and their renderings in the English, changing neither text', () => {
  const zh = '培育專精特新企業，發展新質生產力。';
  const en = 'Cultivate Specialized, Refined, Distinctive and Innovative firms and develop new quality productive forces.';
  const [marked] = markSegments([segment(zh, en)], buildScriptMatcher(terms, 'hant', 'standard'), renderings);
  expect(marked.zhRuns.map((r) => r.pieces.map((p) => p.text).join('')).join('')).toBe(zh);
  expect(marked.zhRuns.filter((r) => r.term).map((r) => [r.term, r.pieces.map((p) => p.text).join('')])).toEqual([
    ['专精特新', '專精特新'],
    ['发展新质生产力', '發展新質生產力'], // longest match first: the nested 新質生產力 is not marked separately
  ]);
  expect(marked.enPieces.map((p) => p.text).join('')).toBe(en);
  // Only renderings of terms found in this segment's Chinese are marked.
  expect(marked.enPieces.filter((p) => p.term)).toEqual([{ text: 'Specialized, Refined, Distinctive and Innovative', term: '专精特新' }]);
});

test('Taiwan substitutions inside a term stay marked as substitutions', () => {
  const zh = '資訊科技產業';
  const matcher = buildScriptMatcher([{ key: '信息技术', forms: ['信息技術'] }], 'tw', 'tw');
  const [marked] = markSegments([segment(zh, 'IT industry', [{ original: '信息技術', localized: '資訊科技', offset: 0 }])], matcher, new Map());
  expect(marked.zhRuns[0]).toEqual({ term: '信息技术', pieces: [{ text: '資訊科技', term: '信息技术', match: 0, original: '信息技術' }] });
});

test('termSpans gives each term match where it lies in the Chinese', () => {
  const zh = '培育專精特新企業，發展新質生產力。';
  const [marked] = markSegments([segment(zh, '')], buildScriptMatcher(terms, 'hant', 'standard'), renderings);
  expect(termSpans(marked).map((s) => zh.slice(s.start, s.end))).toEqual(['專精特新', '發展新質生產力']);
});
