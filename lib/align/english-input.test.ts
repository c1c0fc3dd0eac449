import { expect, test } from 'vitest';
import { EnglishInputError, readEnglish, readEnglishBytes, readEnglishHtml, readEnglishText } from './english-input';

test('one paragraph a line; blank lines skipped without renumbering; lines kept', () => {
  expect(readEnglishText('\uFEFFHeadline\r\n\r\n  First  paragraph \n\n\nSecond\u00a0one\n')).toEqual([
    { index: 0, line: 1, text: 'Headline' },
    { index: 1, line: 3, text: 'First paragraph' },
    { index: 2, line: 6, text: 'Second one' },
  ]);
});

test('no text, no paragraphs', () => expect(readEnglishText(' \n\t\n')).toEqual([]));

// A page laid out as the Hong Kong government's press releases are: headline, text blocks split by
// <br>, the site's footer, navigation around.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Beach closed for repairs</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">Press Releases</a></li><li><a href="/search">Search</a></li></ul></nav>
<div id="contentBody"><span id="pressrelease">
Attention duty announcers, radio and TV stations:<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;The Leisure and Cultural Services Department announced today (January 22) that a beach
in Sai Kung District is temporarily closed for repairs.<br><br>
&nbsp;&nbsp;&nbsp;&nbsp;Beachgoers are advised not to swim at the beach until further notice.<br>
</span>
<p>Ends/Thursday, January 22, 2026<br>Issued at HKT 10:22</p><p>NNNN</p></div>
<footer><a href="/privacy">Privacy policy</a> | <a href="/notices">Important notices</a></footer>
</body></html>`;

test('an HTML page: the article one paragraph a block, its headline first, the site footer dropped', () => {
  expect(readEnglishHtml(PAGE).map((p) => p.text)).toEqual([
    'Beach closed for repairs',
    'Attention duty announcers, radio and TV stations:',
    'The Leisure and Cultural Services Department announced today (January 22) that a beach in Sai Kung District is temporarily closed for repairs.',
    'Beachgoers are advised not to swim at the beach until further notice.',
  ]);
  expect(readEnglishHtml(PAGE).map((p) => p.index)).toEqual([0, 1, 2, 3]);
});

test('readEnglish and readEnglishBytes tell a page from text, and decode what the page declares', () => {
  expect(readEnglish(PAGE)).toEqual(readEnglishHtml(PAGE));
  expect(readEnglish('One.\nTwo.')).toHaveLength(2);
  expect(readEnglish('<p>One.</p>', 'text')[0].text).toBe('<p>One.</p>');
  const latin1 = PAGE.replace('utf-8', 'windows-1252').replace('for repairs.<br>', 'for repairs by the café.<br>');
  const bytes = Uint8Array.from([...latin1].map((c) => c.charCodeAt(0)));
  expect(readEnglishBytes(bytes).some((p) => p.text.includes('repairs by the café.'))).toBe(true);
  expect(() => readEnglishBytes(Uint8Array.from([0x4f, 0xff, 0x4b]))).toThrow(EnglishInputError);
});

test('a page with no English article is refused by name', () => {
  expect(() => readEnglishHtml('<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>')).toThrow(/no English article/);
});
