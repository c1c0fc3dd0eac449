import { describe, expect, it } from 'vitest';
import { attr, markup } from './markup';

describe('markup', () => {
  it('escapes every value put in it, in text and in attributes', () => {
    const text = `<script>alert("x")</script> & 'y'`;
    expect(markup`<p title="${text}">${text}</p>`.text).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
  });

  it('keeps markup it built, joins lists and leaves nothing for null, undefined and false', () => {
    const items = ['a<', 'b'].map((x) => markup`<li>${x}</li>`);
    expect(markup`<ul>${items}${null}${undefined}${false}${0}</ul>`.text).toBe('<ul><li>a&lt;</li><li>b</li>0</ul>');
  });

  it('writes an attribute only when it has a value', () => {
    expect(markup`<a${attr('lang', 'zh-Hant')}${attr('title', undefined)}${attr('hidden', true)}${attr('open', false)}>`.text).toBe('<a lang="zh-Hant" hidden>');
  });
});
