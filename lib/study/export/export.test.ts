import { parse } from 'csv-parse/sync';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { ankiTag, parseAnkiTsv, toAnkiTsv } from './anki';
import { parseCsv, toCsv } from './csv';
import { exportVocabulary } from './index';
import { parseMarkdown, toMarkdown } from './markdown';
import { noteHtml, noteText } from './note';
import type { VocabularyItem } from './types';

const NASTY_NOTE = [
  '# not a heading\tafter a tab',
  'CRLF line "double" and \'single\'\r',
  '**x** | <script>alert(1)</script> &amp; &#9; \\ `code` ~~del~~ [link](javascript:alert(1)) ![img](x.png)',
  '> quote',
  '- item',
  '+ item',
  '1. one',
  '2) two',
  '    indented code',
  '```',
  'fenced',
  '```',
  '| a | b |',
  '| - | - |',
  'setext',
  '===',
  '---',
  '[ref]: https://example.org',
  '<div>html block</div>',
  'trailing spaces  ',
  '',
  '',
  '𠮷 👩‍💻 e\u0301 ü 「引號」，。　全角空格　',
  'lone CR\rinside',
  '',
].join('\n');

const items: VocabularyItem[] = [
  {
    term: '專精特新',
    key: '专精特新',
    pinyin: 'zhuān jīng tè xīn',
    english: ['specialized, refined, distinctive and innovative', '“little giants”'],
    note: NASTY_NOTE,
    example: {
      zh: '一是強化專精特新主體支撐。',
      en: 'First, strengthening the “specialized, refined, distinctive and innovative” enterprises.',
      ref: 'Shandong … 2024-03-08 ¶a2-1',
    },
    frequency: 3,
    source: 'note',
    tags: ['duizhao', 'release::2024-03-08-shandong-new-industrialization', 'note'],
  },
  {
    term: '#𠮷野家',
    key: '#𠮷野家',
    pinyin: 'nǚ lǜ e\u0301 ü',
    english: ['=SUM(A1:A9)', '-ism', "'=already quoted", 'a; b', ' padded ', '[x]', '@home', '＝full-width', '', '1. item'],
    note: '=HYPERLINK("http://evil.example","click")',
    example: { zh: '「引號」裡的句子。', en: '', ref: 'https://example.org/zh-Hant/releases/x?script=tw&layout=side#p-a1-1' },
    frequency: 0,
    source: 'dictionary',
    tags: ['+plus', 'with space', '"quoted"'],
  },
  {
    term: '新質生產力',
    key: '新质生产力',
    pinyin: '',
    english: [],
    note: '',
    example: null,
    frequency: 12,
    source: 'curated',
    tags: [],
  },
  {
    term: ' 👩‍💻\t',
    key: '👩‍💻',
    pinyin: '-',
    english: [''],
    note: '#leading hash\n\n\n',
    noteFormat: 'text',
    example: { zh: '\n', en: ' ', ref: '' },
    frequency: 1,
    source: 'curated',
    tags: ['curated'],
  },
];

const unhtml = (s: string) =>
  s.replace(/<br>/g, '\n').replace(/&(amp|lt|gt|quot|#39|#9);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#9': '\t' })[e]!);

/** The Back field's pieces by class, as text. */
function backPieces(back: string): Record<string, string> {
  return Object.fromEntries([...back.matchAll(/<span class='([\w-]+)'(?: lang='[^']*')?>(.*?)<\/span>/g)].map((m) => [m[1], unhtml(m[2]!)]));
}

describe('Anki', () => {
  const tsv = toAnkiTsv(items, { deckName: 'Duizhao::山東\n2024', lang: 'zh-hant' });
  const file = parseAnkiTsv(tsv);

  it('starts with the headers Anki reads', () => {
    expect(file.headers).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      deck: 'Duizhao::山東 2024',
      'tags column': '3',
    });
    expect(
      tsv
        .split('\n')
        .slice(0, 5)
        .every((line) => line.startsWith('#')),
    ).toBe(true);
  });

  it('writes one record per item', () => {
    expect(file.rows).toHaveLength(items.length);
    expect(parseAnkiTsv(toAnkiTsv([], { lang: 'zh-Hans' })).rows).toEqual([]);
  });

  it('puts the term on the front and escaped pieces on the back, a Markdown note as its sanitised HTML', () => {
    file.rows.forEach((row, i) => {
      const item = items[i]!;
      const [, term] = /^<span class='term' lang='zh-Hant'>([^<>]*)<\/span>$/.exec(row.front) ?? [];
      expect(unhtml(term!)).toBe(item.term);
      const markdownNote = item.note && item.noteFormat !== 'text' ? `<div class='note'>${noteHtml(item.note)}</div>` : '';
      if (markdownNote) expect(row.back).toContain(markdownNote);
      // Only our own markup: every '<' and '>' left belongs to a span or a <br>.
      expect(row.back.replace(markdownNote, '').replace(/<span class='[\w-]+'(?: lang='zh-Hant')?>|<\/span>|<br>/g, '')).not.toMatch(/[<>"']/);
      const pieces = backPieces(row.back.replace(markdownNote, ''));
      expect(pieces).toEqual(
        Object.fromEntries(
          Object.entries({
            pinyin: item.pinyin,
            english: item.english.filter(Boolean).join('; '),
            note: item.noteFormat === 'text' ? item.note.replace(/\r\n?/g, '\n') : '', // HTML has one kind of line break
            example: item.example?.zh.replace(/\r\n?/g, '\n'),
            'example-en': item.example?.en,
            ref: item.example?.ref,
          }).filter(([, v]) => v),
        ),
      );
    });
    expect(file.rows[0]!.back).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(tsv).not.toContain('<script');
  });

  it('renders a note’s Markdown as Anki shows HTML: sanitised, links only to the web, on one line', () => {
    const note = '**Key** term:\n\n- first\n- second\n\n[site](https://example.org) [bad](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n```\ncode\tline\n```';
    const [row] = parseAnkiTsv(toAnkiTsv([{ ...items[2]!, note }], { lang: 'zh-Hans' })).rows;
    const html = /<div class='note'>(.*)<\/div>/.exec(row!.back)![1]!;
    expect(html).toContain('<strong>Key</strong>');
    expect(html).toMatch(/<ul>.*<li>first<\/li>.*<li>second<\/li>.*<\/ul>/);
    expect(html).toContain('<a href="https://example.org" rel="noopener nofollow ugc">site</a>');
    expect(html).not.toMatch(/javascript:|<img|onerror="|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<pre><code>code&#9;line&#10;</code></pre>');
    expect(html).not.toMatch(/[\n\t]/);
  });

  it('writes tags as Anki will keep them', () => {
    expect(file.rows.map((r) => r.tags)).toEqual([['duizhao', 'release::2024-03-08-shandong-new-industrialization', 'note'], ['+plus', 'with_space', 'quoted'], [], ['curated']]);
    expect(ankiTag('　release:: 2024\t03 ')).toBe('release::_2024_03');
    expect(ankiTag('a::::b::')).toBe('a::b');
    expect(ankiTag('e\u0301')).toBe('é');
  });

  it('writes no record line that Anki would skip as a comment', () => {
    // Terms and notes may start with '#'; Anki ignores every line that does.
    const lines = tsv.split('\n').slice(Object.keys(file.headers).length);
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([]);
  });

  it('reads quoted fields and skips comment lines as Anki does', () => {
    const text = '\uFEFF#separator:tab\r\n#html:true\r\n"a\r\n#b"\tback &#39;x&#39;\ttag  two\r\n#comment\r\nc\td "x"\r\n';
    expect(parseAnkiTsv(text)).toEqual({
      headers: { separator: 'tab', html: 'true' },
      rows: [
        { front: 'a\r\n#b', back: 'back &#39;x&#39;', tags: ['tag', 'two'] },
        { front: 'c', back: 'd "x"', tags: [] },
      ],
    });
  });

  it('rejects a malformed language tag', () => {
    expect(() => toAnkiTsv(items, { lang: 'zh_TW"><x' })).toThrow(RangeError);
  });
});

describe('CSV', () => {
  const csv = toCsv(items);

  it('round-trips every field, a Markdown note as the text it shows', () => {
    expect(parseCsv(csv)).toEqual(items.map((i) => ({ ...i, note: i.noteFormat === 'text' ? i.note : noteText(i.note), noteFormat: 'text' })));
    expect(parseCsv(toCsv([]))).toEqual([]);
  });

  it('writes a note as plain text: no Markdown marks, no escapes', () => {
    const note = '**Key** term & *more*: see [the site](https://example.org).\n\n- first\n- second\n\n1. one\n2. two\n\n> quoted `code` 5 &lt; 6';
    const [row] = parseCsv(toCsv([{ ...items[2]!, note }]));
    expect(row!.note).toBe('Key term & more: see the site (https://example.org).\n\n• first\n• second\n\n1. one\n2. two\n\nquoted code 5 < 6');
  });

  it('opens with a BOM and the header, with CRLF line endings', () => {
    expect(csv.startsWith('\uFEFFterm,key,pinyin,english,note,example_zh,example_en,example_ref,frequency,source,tags\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('leaves no cell a spreadsheet would run as a formula', () => {
    const cells = (parse(csv, { bom: true }) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r＝＋－＠]/.test(c))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","click")');
  });

  it('joins lists for reading when that is lossless, else writes JSON', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.english, r.tags])).toEqual([
      ['specialized, refined, distinctive and innovative; “little giants”', 'duizhao release::2024-03-08-shandong-new-industrialization note'],
      [JSON.stringify(items[1]!.english), JSON.stringify(items[1]!.tags)],
      ['', ''],
      ['[""]', 'curated'],
    ]);
  });

  it('rejects another header or a bad row', () => {
    expect(() => parseCsv('term,pinyin\r\nx,y\r\n')).toThrow(/header/);
    expect(() => parseCsv(csv.replace(',note,', ',notes,'))).toThrow(/header/);
    expect(() => parseCsv(toCsv([{ ...items[2]!, source: 'other' as never }]))).toThrow();
  });
});

describe('Markdown', () => {
  const md = toMarkdown(items, { title: 'Shandong # 2024 <b>', attribution: 'From *Duizhao* — CC BY 4.0' });

  it('round-trips what it shows', () => {
    expect(parseMarkdown(md)).toEqual(items.map(({ term, pinyin, english, note, example }) => ({ term, pinyin, english, note, example })));
  });

  it('renders as the sections it wrote, with no markup from the text', () => {
    const html = marked.parse(md, { async: false });
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(items.length);
    expect(html.match(/<blockquote>/g)).toHaveLength(3); // the non-empty notes
    // Links: the URL citation, and the web address in a reader's own Markdown note.
    const hrefs = [...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);
    expect(hrefs).toHaveLength(2);
    expect(hrefs.some((a) => a.startsWith('<a href="http://evil.example'))).toBe(true);
    expect(hrefs.every((a) => /^<a href="https?:\/\/[^"]*">$/.test(a))).toBe(true);
    expect(html).toContain('<a href="https://example.org/zh-Hant/releases/x?script=tw&amp;layout=side#p-a1-1">');
    expect(html).not.toMatch(/<(script|div|b|h[3-6]|pre|code|table|ul|hr|img|del|em)\b/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes a reader’s note as its own Markdown, unescaped, and a curated explanation as text', () => {
    const note = '**Key** term_with_underscores\n\n- first\n- [site](https://example.org)\n\n5 < 6 & 7 > 2';
    const doc = toMarkdown(
      [
        { ...items[2]!, note },
        { ...items[2]!, note: '**not bold**', noteFormat: 'text' },
      ],
      { title: 'T' },
    );
    expect(doc).toContain('**Note:**\n\n> **Key** term_with_underscores\n>\n> - first\n> - [site](https://example.org)\n>\n> 5 &#60; 6 & 7 &#62; 2');
    expect(doc).toContain('**Note (plain text):**\n\n> \\*\\*not bold\\*\\*');
    const html = marked.parse(doc, { async: false });
    expect(html).toContain('<strong>Key</strong>');
    expect(html).toContain('<li><a href="https://example.org">site</a></li>');
    expect(html).toContain('5 &lt; 6 &amp; 7 &gt; 2');
    expect(parseMarkdown(doc).map((e) => e.note)).toEqual([note, '**not bold**']);
  });

  it('writes a note that would link elsewhere than the web, or show an image, as its text', () => {
    for (const note of ['[x](javascript:alert(1))', '![x](https://example.org/p.png)', '[x][r]\n\n[r]: data:text/html,hi', '[x](relative/path)']) {
      const doc = toMarkdown([{ ...items[2]!, note }], { title: 'T' });
      expect(doc).toContain('**Note (plain text):**');
      expect(marked.parse(doc, { async: false })).not.toMatch(/<(a|img)\b/);
      expect(parseMarkdown(doc)[0]!.note).toBe(note);
    }
  });
});

describe('Markdown that no renderer turns into markup', () => {
  // A shared note's English once reached readers as a live tag: GFM's autolink took the backslash of \< into the URL.
  const PAYLOADS = [
    'https://a.example/<img src=x onerror=alert(1)//>',
    'www.a.example/<img src=x onerror=alert(1)//>',
    'mail me@a.example<img src=x onerror=alert(1)>',
    'http:\\/\\/<svg onload=alert(1)>',
    '[x](javascript:alert(1)) <a href="javascript:alert(1)">y</a>',
    '&lt;img src=x onerror=alert(1)&gt; <<script>>',
  ];
  it.each(PAYLOADS)('%s renders as text, with no tag and no link, and parses back verbatim', (payload) => {
    const item = { ...items[0], english: [payload], note: payload, example: { zh: payload, en: payload, ref: 'ref' } };
    const doc = toMarkdown([item], { title: payload });
    // A reader's note is their Markdown: a web address in it may become a link, nothing else may.
    const [before, note, after] = doc.split(/(\*\*Note[^*]*\*\*\n\n(?:>.*\n?)+)/);
    for (const gfm of [true, false]) {
      const html = marked.parse(before! + after!, { async: false, gfm });
      expect(html).not.toMatch(/<(img|svg|script|a)\b/i);
      expect(html).not.toMatch(/<[^>]*\son\w+=/i); // an event handler only counts inside a tag
      const noteHtml = marked.parse(note!, { async: false, gfm });
      expect(noteHtml).not.toMatch(/<(img|svg|script)\b/i);
      expect(noteHtml.match(/<a\b[^>]*>/g) ?? []).toEqual(noteHtml.match(/<a href="(https?:|mailto:)[^"<>]*">/g) ?? []);
      expect(noteHtml).not.toMatch(/<[^>]*\son\w+=/i);
    }
    const [back] = parseMarkdown(doc);
    expect(back).toMatchObject({ english: [payload], note: payload, example: { zh: payload, en: payload } });
  });
});

describe('exportVocabulary', () => {
  it('labels each format', () => {
    const options = { title: 'T', lang: 'zh-Hans' };
    expect(exportVocabulary('anki', items, options)).toMatchObject({ contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' });
    expect(exportVocabulary('csv', items, options)).toMatchObject({ contentType: 'text/csv; charset=utf-8', extension: 'csv', body: toCsv(items) });
    expect(exportVocabulary('md', items, options)).toMatchObject({ contentType: 'text/markdown; charset=utf-8', extension: 'md' });
  });
});

describe('round trips of generated text', () => {
  // Seeded, so a failure reproduces: every ASCII character, line breaks, Unicode spaces, CJK,
  // astral characters, ZWJ sequences and combining marks, in random strings of up to 12.
  const alphabet = [
    ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
    '\r\n',
    '\u00a0',
    '\u3000',
    '\u2028',
    '\ufeff',
    '專',
    '「',
    '」',
    '，',
    '。',
    '＝',
    '𠮷',
    '👩‍💻',
    'e\u0301',
    'ü',
    '&#9;',
    '\\#',
  ];
  let seed = 20240308;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const text = (max = 12) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const list = () => Array.from({ length: Math.floor(random() * 4) }, () => text());
  const generated: VocabularyItem[] = Array.from({ length: 300 }, () => ({
    term: text(),
    key: text(),
    pinyin: text(),
    english: list(),
    note: text(40),
    example: random() < 0.2 ? null : { zh: text(), en: text(), ref: random() < 0.2 ? 'https://example.org/a?b=c#p-1' : text() || 'x' },
    frequency: Math.floor(random() * 1000),
    source: (['curated', 'note', 'dictionary'] as const)[Math.floor(random() * 3)]!,
    tags: list(),
  }));

  it('CSV', () => {
    const plain = generated.map((item) => ({ ...item, noteFormat: 'text' as const }));
    expect(parseCsv(toCsv(plain))).toEqual(plain);
  });

  it('Markdown', () => {
    const md = toMarkdown(generated, { title: text(), attribution: text() });
    expect(parseMarkdown(md)).toEqual(generated.map(({ term, pinyin, english, note, example }) => ({ term, pinyin, english, note, example })));
  });

  it('Anki', () => {
    const rows = parseAnkiTsv(toAnkiTsv(generated, { lang: 'zh-TW' })).rows;
    expect(rows.map((r) => unhtml(/^<span class='term' lang='zh-TW'>([\s\S]*)<\/span>$/.exec(r.front)![1]!))).toEqual(generated.map((item) => item.term.replace(/\r\n?/g, '\n')));
  });
});
