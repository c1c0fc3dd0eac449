import { expect, test } from 'vitest';
import { pageMetadata, shortDescription } from './metadata';

test('a long description is cut at a word with an ellipsis; Chinese anywhere', () => {
  const english = 'word '.repeat(60);
  const cut = shortDescription(english);
  expect(cut.length).toBeLessThanOrEqual(160);
  expect(cut).toMatch(/word…$/);
  expect(shortDescription('字'.repeat(200))).toBe(`${'字'.repeat(159)}…`);
  expect(shortDescription('  short\n text ')).toBe('short text');
});

test('link previews carry the title, description and the UI language', () => {
  const meta = pageMetadata({ locale: 'zh-Hant', siteName: '對照', title: '山東省新型工業化', description: '發布會', kind: 'article' });
  expect(meta.openGraph).toMatchObject({ title: '山東省新型工業化', description: '發布會', locale: 'zh_TW', siteName: '對照', type: 'article' });
  expect(meta.twitter).toMatchObject({ card: 'summary', title: '山東省新型工業化' });
  expect(meta.robots).toBeUndefined();
});
