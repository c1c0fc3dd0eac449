import { expect, test } from 'vitest';
import { rubyHtml } from './ruby-html';

test('each character with a reading gets its ruby and tone class; others stay text', () => {
  const study = { ruby: ['', 'liàn', 'zhǎng', ''], tones: [0, 4, 3, 0] };
  expect(rubyHtml('“鏈長”', 0, study)).toBe(
    '“<ruby class="tone-4">鏈<rt aria-hidden="true">liàn</rt></ruby><ruby class="tone-3">長<rt aria-hidden="true">zhǎng</rt></ruby>”',
  );
});

test('`at` offsets into the segment in code points, astral characters included', () => {
  const study = { ruby: ['', 'jí', 'xiáng'], tones: null };
  expect(rubyHtml('吉祥', 1, study)).toBe('<ruby>吉<rt aria-hidden="true">jí</rt></ruby><ruby>祥<rt aria-hidden="true">xiáng</rt></ruby>');
  expect(rubyHtml('𠮷祥', 1, { ruby: ['', '', 'xiáng'], tones: null })).toBe('𠮷<ruby>祥<rt aria-hidden="true">xiáng</rt></ruby>');
});

test('markup in the text or a reading is escaped, never rendered', () => {
  const html = rubyHtml('<img src=x onerror="a">&字', 0, { ruby: [...Array(24).fill(''), '<b>zì</b>'], tones: null });
  expect(html).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;<ruby>字<rt aria-hidden="true">&lt;b&gt;zì&lt;/b&gt;</rt></ruby>');
});
