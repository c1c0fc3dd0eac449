import { expect, test } from 'vitest';
import { termKey } from './key';

test.each([
  ['專精特新', '专精特新'],
  ['专精特新', '专精特新'],
  ['  新質生產力 ', '新质生产力'],
  ['臺灣', '台湾'],
  ['台灣', '台湾'],
  ['發展', '发展'],
  ['頭髮', '头发'],
  ['騰籠換鳥，鳳凰涅槃', '腾笼换鸟，凤凰涅槃'],
])('%s → %s', (term, key) => {
  expect(termKey(term)).toBe(key);
});

test('every script of a term has the same key (round trips)', async () => {
  const { convert } = await import('@/lib/chinese/convert');
  for (const hant of ['專精特新', '新質生產力', '鏈長', '發展', '頭號工程', '工業互聯網標識解析國家頂級節點']) {
    const key = termKey(hant);
    for (const script of ['hans', 'hant', 'tw', 'hk'] as const) expect(termKey(convert(key, 'hans', script))).toBe(key);
  }
});
