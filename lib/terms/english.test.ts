import { expect, test } from 'vitest';
import { findRenderings, type Rendering } from './english';

const r = (key: string, ...texts: string[]): Rendering => ({ key, texts });
const found = (en: string, renderings: Rendering[]) => findRenderings(en, renderings).map((m) => [en.slice(m.start, m.end), m.key]);

test.each([
  { name: 'case-insensitive', en: 'The Digital Economy grew.', renderings: [r('d', 'digital economy')], want: [['Digital Economy', 'd']] },
  { name: 'not inside a longer word (end)', en: 'digital economyist', renderings: [r('d', 'digital economy')], want: [] },
  { name: 'not inside a longer word (start)', en: 'predigital economy', renderings: [r('d', 'digital economy')], want: [] },
  { name: 'punctuation and possessives are boundaries', en: '(digital economy)’s share', renderings: [r('d', 'digital economy')], want: [['digital economy', 'd']] },
  {
    name: 'longest first: a rendering inside a longer one is not marked again',
    en: 'the core industries of the digital economy and the digital economy',
    renderings: [r('d', 'digital economy'), r('c', 'core industries of the digital economy')],
    want: [
      ['core industries of the digital economy', 'c'],
      ['digital economy', 'd'],
    ],
  },
  {
    name: 'overlapping renderings: the longer one wins even when it starts later',
    en: 'new industrialization demonstration bases',
    renderings: [r('n', 'new industrialization'), r('b', 'industrialization demonstration bases')],
    want: [['industrialization demonstration bases', 'b']],
  },
  {
    name: 'every occurrence, in text order',
    en: 'Chain leaders meet chain leader',
    renderings: [r('l', 'chain leader')],
    want: [
      ['Chain leaders', 'l'],
      ['chain leader', 'l'],
    ],
  },
  { name: 'a plural ending, not any suffix', en: 'chain leadership', renderings: [r('l', 'chain leader')], want: [] },
  { name: 'any whitespace between words', en: 'digital\n  economy', renderings: [r('d', 'digital economy')], want: [['digital\n  economy', 'd']] },
  { name: 'either apostrophe', en: 'the Leading Party Members’ Group', renderings: [r('p', "Leading Party Members' Group")], want: [['Leading Party Members’ Group', 'p']] },
  { name: 'regex characters are literal', en: 'No 1 project, No. 1 project', renderings: [r('h', 'No. 1 project')], want: [['No. 1 project', 'h']] },
  {
    name: 'a parenthesised part is optional, with or without its parentheses',
    en: 'little giants, little giant enterprises, little giant (enterprises)',
    renderings: [r('g', 'little giant (enterprises)')],
    want: [
      ['little giants', 'g'],
      ['little giant enterprises', 'g'],
      ['little giant (enterprises)', 'g'],
    ],
  },
  {
    name: 'a leading parenthesised part',
    en: 'SMEs that use niche skills; that use niche skills',
    renderings: [r('s', '(SMEs) that use niche skills')],
    want: [
      ['SMEs that use niche skills', 's'],
      ['that use niche skills', 's'],
    ],
  },
  { name: 'only parentheses: taken literally', en: 'the (SMEs) and SMEs', renderings: [r('s', '(SMEs)')], want: [['(SMEs)', 's']] },
  {
    name: 'several renderings of one term',
    en: 'new-type industrialization, new industrialization',
    renderings: [r('n', 'new industrialization', 'new-type industrialization')],
    want: [
      ['new-type industrialization', 'n'],
      ['new industrialization', 'n'],
    ],
  },
  { name: 'blank renderings are ignored', en: 'anything', renderings: [r('x', ' ')], want: [] },
])('$name', ({ en, renderings, want }) => {
  expect(found(en, renderings)).toEqual(want);
});

test('ranges are UTF-16 offsets into the segment', () => {
  expect(findRenderings('“專精特新” SMEs here', [r('s', 'SMEs')])).toEqual([{ start: 7, end: 11, key: 's' }]);
});
