import { expect, test } from 'vitest';
import { outlineHtml } from './outline';

test('the outline is collapsed, counts its entries, and names each with its asker', () => {
  const html = outlineHtml(
    [
      { id: 'h1', kind: 'heading', zh: '一、<概況>', en: 'I. Overview' },
      { id: 'q1', kind: 'question', zh: '鏈長制', en: '', asker: { zh: '記者', en: 'Reporter' } },
    ],
    { zhLang: 'zh-Hant', label: 'Outline' },
  );
  expect(html).toBe(
    '<details class="outline"><summary>Outline <span class="outline-count">(2)</span></summary><nav aria-label="Outline"><ol>' +
      '<li class="outline-heading"><a href="#p-h1"><span lang="zh-Hant">一、&lt;概況&gt;</span><span lang="en" class="outline-en">I. Overview</span></a></li>' +
      '<li class="outline-question"><a href="#p-q1"><span lang="zh-Hant">鏈長制</span><span class="outline-asker"><span lang="zh-Hant">記者</span> · <span lang="en">Reporter</span></span></a></li>' +
      '</ol></nav></details>',
  );
  expect(outlineHtml([], { zhLang: 'zh-Hant', label: 'Outline' })).toBe('');
});
