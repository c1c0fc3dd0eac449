import { describe, expect, test } from 'vitest';
import { renderNoteMarkdown } from './markdown';

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const ALLOWED_ATTRIBUTES: Record<string, Set<string>> = { a: new Set(['href', 'rel']), ol: new Set(['start']) };
const VOID = new Set(['br', 'hr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)(?:="([^"]*)")?/g;

/**
 * Reads the output as a browser would: every `<` must open a well-formed allowed tag whose
 * attributes are allowed; every link is http(s)/mailto with the ugc rel; nothing else is markup.
 */
function inspect(html: string) {
  const tags: { name: string; attributes: Record<string, string> }[] = [];
  const open: string[] = [];
  const text = html.replace(TAG, (_, close: string, name: string, rest: string) => {
    const attributes: Record<string, string> = {};
    const leftover = rest.replace(ATTRIBUTE, (__, attr: string, value = '') => ((attributes[attr.toLowerCase()] = value), '')).replace(/\s*\/?$/, '');
    expect(leftover, `stray markup in <${name}${rest}>`).toBe('');
    if (close) expect(open.pop(), `</${name}> closes the innermost open tag`).toBe(name);
    else {
      tags.push({ name: name.toLowerCase(), attributes });
      if (!VOID.has(name)) open.push(name);
    }
    return '';
  });
  expect(open, 'every tag is closed').toEqual([]);
  expect(text, 'text outside tags holds no raw markup').not.toMatch(/[<>]/);
  for (const { name, attributes } of tags) {
    expect(ALLOWED_TAGS, `<${name}> is allowed`).toContain(name);
    for (const attr of Object.keys(attributes)) expect(ALLOWED_ATTRIBUTES[name]?.has(attr), `${name}[${attr}] is allowed`).toBe(true);
    if (name === 'a') {
      expect(attributes.href).toMatch(/^(https?:\/\/|mailto:)/);
      expect(attributes.rel).toBe('noopener nofollow ugc');
    }
  }
  return tags;
}

describe('renderNoteMarkdown: hostile input comes back inert', () => {
  test.each([
    ['script tag', '<script>alert(1)</script>'],
    ['script tag mid-paragraph', 'see <script>alert(1)</script> here'],
    ['img onerror', '<img src=x onerror=alert(1)>'],
    ['unterminated img', '<img src=x onerror=alert(1)'],
    ['unterminated img after text', 'text\n\n<img src=x onerror="alert(1)"'],
    ['svg onload', '<svg onload=alert(1)>'],
    ['svg with script', '<svg><script>alert(1)</script></svg>'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['details ontoggle', '<details open ontoggle=alert(1)>'],
    ['unknown tag handler', '<x onmouseover=alert(1)>hover</x>'],
    ['raw javascript link', '<a href="javascript:alert(1)">x</a>'],
    ['raw link with tab-obfuscated scheme', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ['raw link with target and onclick', '<a href="https://x.org" target="_blank" onclick="x()">y</a>'],
    ['markdown javascript link', '[x](javascript:alert(1))'],
    ['markdown mixed-case scheme', '[x](JaVaScRiPt:alert(1))'],
    ['markdown link, tab entity in scheme', '[x](jav&#x09;ascript:alert(1))'],
    ['markdown link, entity-encoded scheme', '[x](&#106;avascript:alert(1))'],
    ['markdown link, &colon;', '[x](javascript&colon;alert(1))'],
    ['markdown link in angle brackets', '[x](<javascript:alert(1)>)'],
    ['reference-style link', '[x][1]\n\n[1]: javascript:alert(1)'],
    ['data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript: link', '[x](vbscript:msgbox(1))'],
    ['javascript: autolink', '<javascript:alert(1)>'],
    ['protocol-relative link', '[x](//evil.example/a)'],
    ['link title breaking out', '[x](https://a.example "\\"><script>alert(1)</script>")'],
    ['link URL breaking out', '[x](https://a.example/"onmouseover="alert(1))'],
    ['image with onerror-ish alt', '![<img src=x onerror=alert(1)>](javascript:alert(1))'],
    ['html comment', '<!-- <script>alert(1)</script> --> after'],
    ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
    ['style element', '<style>body{display:none}</style>'],
    ['math with xlink', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ['entity-encoded tag', '&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;'],
    ['code span with tag', '`<script>alert(1)</script>`'],
    ['fenced code with tag', '```html\n<img src=x onerror=alert(1)>\n```'],
  ])('%s', (_, payload) => {
    const html = renderNoteMarkdown(payload);
    const tags = inspect(html);
    expect(tags.map((t) => t.name)).not.toContain('script');
    const markup = html.match(TAG)?.join('') ?? '';
    expect(markup).not.toMatch(/\son\w+=/i);
    expect(markup).not.toMatch(/javascript:|data:|vbscript:|style=|target=/i);
    expect(html).not.toMatch(/<(script|svg|img|iframe|style|math|details)/i);
  });

  test.each([
    ['5,000 nested quotes (marked overflows its stack)', '>'.repeat(5000)],
    ['5,000 nested quotes with a payload', `${'>'.repeat(4970)}<img src=x onerror=alert(1)>`],
    ['2,500 nested emphasis markers', '*a'.repeat(2500)],
  ])('a pathological note still renders, inertly: %s', (_, md) => {
    const html = renderNoteMarkdown(md);
    inspect(html);
    expect(html).not.toMatch(/<img/);
  });

  test('raw HTML is shown as text, not dropped', () => {
    expect(renderNoteMarkdown('<b>bold?</b>')).toBe('<p>&lt;b&gt;bold?&lt;/b&gt;</p>\n');
  });

  test('a link with a refused scheme keeps its text, formatting around it intact', () => {
    expect(renderNoteMarkdown('[read this](javascript:alert(1))')).toBe('<p>read this</p>\n');
    expect(renderNoteMarkdown('**see [*this*](javascript:x) and [that](https://a.example)**')).toBe(
      '<p><strong>see <em>this</em> and <a href="https://a.example" rel="noopener nofollow ugc">that</a></strong></p>\n',
    );
  });
});

describe('renderNoteMarkdown: ordinary Markdown', () => {
  test.each([
    ['emphasis', '**強** _em_ `code` ~~old~~', '<p><strong>強</strong> <em>em</em> <code>code</code> <del>old</del></p>\n'],
    ['list', '- 專\n- 精', '<ul>\n<li>專</li>\n<li>精</li>\n</ul>\n'],
    ['ordered list keeps its start', '3. x\n4. y', '<ol start="3">\n<li>x</li>\n<li>y</li>\n</ol>\n'],
    ['blockquote', '> 原文', '<blockquote>\n<p>原文</p>\n</blockquote>\n'],
    ['code block escapes', '```\na < b && c\n```', '<pre><code>a &lt; b &amp;&amp; c\n</code></pre>\n'],
    ['headings step down under the card', '# A\n## B\n### C\n#### D', '<h4>A</h4>\n<h5>B</h5>\n<h6>C</h6>\n<h4>D</h4>\n'],
    ['hard line break', 'a  \nb', '<p>a<br />b</p>\n'],
    ['link', '[MIIT](https://www.miit.gov.cn/ "title")', '<p><a href="https://www.miit.gov.cn/" rel="noopener nofollow ugc">MIIT</a></p>\n'],
    ['autolink', '<https://example.org/a?b=1&c=2>', '<p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener nofollow ugc">https://example.org/a?b=1&amp;c=2</a></p>\n'],
    ['bare URL (GFM)', 'see www.gov.cn', '<p>see <a href="http://www.gov.cn" rel="noopener nofollow ugc">www.gov.cn</a></p>\n'],
    ['mailto', '<mailto:a@example.org>', '<p><a href="mailto:a@example.org" rel="noopener nofollow ugc">mailto:a@example.org</a></p>\n'],
    ['relative link becomes text', '[here](/en/releases)', '<p>here</p>\n'],
    ['image becomes its alt text', '![chart](https://x.example/c.png)', '<p>chart</p>\n'],
    ['task list', '- [x] done\n- [ ] todo', '<ul>\n<li>☑ done</li>\n<li>☐ todo</li>\n</ul>\n'],
  ])('%s', (_, md, expected) => {
    expect(renderNoteMarkdown(md)).toBe(expected);
  });

  test('GFM table, alignment attributes dropped', () => {
    const html = renderNoteMarkdown('| zh | en |\n|:--|--:|\n| 專精特新 | SRDI |');
    expect(html).toContain('<th>zh</th>');
    expect(html).toContain('<td>專精特新</td>');
    expect(html).not.toContain('align');
    inspect(html);
  });
});
