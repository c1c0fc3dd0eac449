import { expect, test } from 'vitest';
import { rubyOf } from './annotate';
import { rubyHtml } from './ruby-html';
import { rubyGroupStarts } from './words';

const each = (ruby: string[], tones: number[] | null = null) => ({ ruby, tones, groups: null });

test('without words each character with a reading gets its own ruby and tone class; others stay text', () => {
  expect(rubyHtml('“鏈長”', 0, each(['', 'liàn', 'zhǎng', ''], [0, 4, 3, 0]))).toBe(
    '“<ruby class="tone-4">鏈<rt aria-hidden="true">liàn</rt></ruby><ruby class="tone-3">長<rt aria-hidden="true">zhǎng</rt></ruby>”',
  );
});

test('a word is one ruby: its characters under one reading, syllables spaced', () => {
  const study = { ruby: ['zhuān', 'jīng', 'tè', 'xīn', 'qǐ', 'yè'], tones: null, groups: new Set([0, 4]) };
  expect(rubyHtml('專精特新企業', 0, study)).toBe('<ruby>專精特新<rt aria-hidden="true">zhuān jīng tè xīn</rt></ruby><ruby>企業<rt aria-hidden="true">qǐ yè</rt></ruby>');
});

test('with tones, each character and syllable of a word carries its tone class', () => {
  const study = { ruby: ['liàn', 'zhǎng'], tones: [4, 3], groups: new Set([0]) };
  expect(rubyHtml('鏈長', 0, study)).toBe(
    '<ruby><span class="tone-4">鏈</span><span class="tone-3">長</span><rt aria-hidden="true"><span class="tone-4">liàn</span> <span class="tone-3">zhǎng</span></rt></ruby>',
  );
});

test('punctuation and the edge of the text end a group; `at` offsets into the segment in code points', () => {
  const study = { ruby: ['téng', 'lóng', '', 'fèng', 'huáng'], tones: null, groups: new Set([0]) };
  expect(rubyHtml('騰籠，鳳凰', 0, study)).toBe('<ruby>騰籠<rt aria-hidden="true">téng lóng</rt></ruby>，<ruby>鳳凰<rt aria-hidden="true">fèng huáng</rt></ruby>');
  // A term link cut inside the word: the piece after the cut starts a group of its own.
  expect(rubyHtml('凰', 4, study)).toBe('<ruby>凰<rt aria-hidden="true">huáng</rt></ruby>');
  expect(rubyHtml('𠮷祥', 1, each(['', '', 'xiáng']))).toBe('𠮷<ruby>祥<rt aria-hidden="true">xiáng</rt></ruby>');
});

test('zhuyin beside the characters: one ruby each, the tone mark in its own column', () => {
  const study = rubyOf({ zh: '中國的', twin: '中国的', readings: ['zhōng', 'guó', 'de'], words: [{ start: 0, end: 2, source: 'dictionary' }] }, 'zhuyin-right');
  expect(study.groups).toBeNull();
  expect(rubyHtml('中國的', 0, study)).toBe(
    '<ruby class="tone-1">中<rt aria-hidden="true"><span class="zy">ㄓㄨㄥ</span></rt></ruby>' +
      '<ruby class="tone-2">國<rt aria-hidden="true"><span class="zy">ㄍㄨㄛ</span><span class="zy-tone">ˊ</span></rt></ruby>' +
      '<ruby class="tone-5">的<rt aria-hidden="true"><span class="zy">˙ㄉㄜ</span></rt></ruby>',
  );
});

test('rubyOf groups by the words, in code points of the shown text', () => {
  const study = rubyOf(
    {
      zh: '𠮷野家的',
      twin: '𠮷野家的',
      readings: ['jí', 'yě', 'jiā', 'de'],
      words: [
        { start: 0, end: 4, source: 'fixed' },
        { start: 4, end: 5, source: 'dictionary' },
      ],
    },
    'marks',
  );
  expect([...study.groups!]).toEqual([0, 3]);
  expect(rubyOf({ zh: '的', twin: '的', readings: ['de'], words: null }, 'numbers')).toEqual({ ruby: ['de5'], tones: [5], groups: null });
});

test('a long kept-whole term is grouped by its dictionary words, a short one stays whole', () => {
  const twin = '工业互联网标识解析国家顶级节点和专精特新';
  const starts = rubyGroupStarts(twin, [
    { start: 0, end: 15, source: 'fixed' },
    { start: 15, end: 16, source: 'dictionary' },
    { start: 16, end: 20, source: 'fixed' },
  ]);
  expect(starts[0]).toBe(0);
  expect(starts.length).toBeGreaterThan(4);
  expect(starts.filter((s) => s < 15).map((s, i, all) => twin.slice(s, all[i + 1] ?? 15))).toContain('互联网');
  expect(starts.slice(-2)).toEqual([15, 16]);
});

test('markup in the text or a reading is escaped, never rendered', () => {
  const html = rubyHtml('<img src=x onerror="a">&字', 0, each([...Array(24).fill(''), '<b>zì</b>']));
  expect(html).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;<ruby>字<rt aria-hidden="true">&lt;b&gt;zì&lt;/b&gt;</rt></ruby>');
  const grouped = rubyHtml('字字', 0, { ruby: ['<i>', '"'], tones: [1, 2], groups: new Set([0]) });
  expect(grouped).not.toMatch(/<i>|="[^"]*"[^>]*"/);
  expect(grouped).toContain('&lt;i&gt;');
});
