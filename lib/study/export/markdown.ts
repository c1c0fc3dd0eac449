import { Lexer, type Tokens } from 'marked';
import { linksAreSafe } from './note';
import type { VocabularyItem } from './types';

// One section per term: a heading, labelled paragraphs, the English as a numbered list and the
// note as a block quote, so multi-line notes read naturally. Text is escaped so it shows as
// written, never as markup; a reader's note is their own Markdown, as they wrote it, with only what
// could make markup of it (< and >) written as references. parseMarkdown (which reads the structure
// with marked's lexer and undoes the escapes) gets every string back exactly.

const ref = (chars: string) => [...chars].map((c) => `&#${c.codePointAt(0)};`).join('');

/**
 * One line of text as Markdown that displays, and parses back, as exactly that text, in any
 * CommonMark or GFM renderer. Markup characters are backslash-escaped; < and > are character
 * references, since a renderer's autolink can swallow a backslash into a URL and leave the tag
 * raw; and what starts an extended autolink (a scheme's colon, www., an address's @) is escaped
 * too, so no renderer makes a link of a reader's text.
 */
function escapeLine(line: string): string {
  const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(line)!;
  // Inline markup and entities anywhere; control characters (tab, CR …) as references, since
  // Markdown rewrites them, and U+2028/2029 too, which marked's regular expressions take for line ends.
  let out = body!
    .replace(/[\\`*_[\]&|~#:@]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])(www)\./giu, '$1$2\\.')
    .replace(/[<>\x00-\x1f\x7f\u2028\u2029]/g, ref);
  // What opens a block only at the start of a line: list items, setext underlines.
  if (!lead) out = out.replace(/^[+\-=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
  // Outer whitespace would be trimmed or read as indentation.
  return ref(lead!) + out + ref(trail!);
}

/**
 * A note's own Markdown with < and > (raw HTML, <…> autolinks) as character references, and what
 * Markdown would rewrite or take for a line end (control characters but tab and line feed, U+2028,
 * U+2029); '&' before '#' too, so reading the references back is exact.
 */
const inertMarkdown = (markdown: string) => markdown.replace(/[<>\x00-\x08\x0b-\x1f\x7f\u2028\u2029]|&(?=#\d+;)/g, ref);
const unreference = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

const NOTE = '**Note:**';
// A note whose Markdown would link to anything but http(s) or mailto, or show an image, is written as its text.
const NOTE_AS_TEXT = '**Note (plain text):**';

const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])|&#(\d+);/g, (_, char?: string, code?: string) => char ?? String.fromCodePoint(Number(code)));

// A bare absolute URL is written as an autolink so it can be clicked; escaped text never starts with '<'.
const isUrl = (s: string) => /^https?:\/\/[^\s<>\\`"'\x00-\x1f\x7f]+$/.test(s);

const EMPTY_ITEM = '\\'; // a lone backslash: escapeLine never produces it, and an empty item would vanish

function section(item: VocabularyItem): string {
  const blocks = [`## ${escapeLine(item.term)}`];
  if (item.pinyin) blocks.push(`**Pinyin:** ${escapeLine(item.pinyin)}`);
  if (item.english.length > 0) {
    blocks.push('**English:**', item.english.map((e, i) => `${i + 1}. ${escapeLine(e) || EMPTY_ITEM}`).join('\n'));
  }
  if (item.note) {
    const markdown = item.noteFormat !== 'text' && inertMarkdown(item.note);
    if (markdown && linksAreSafe(markdown))
      blocks.push(
        NOTE,
        markdown
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n'),
      );
    else
      blocks.push(
        NOTE_AS_TEXT,
        item.note
          .split('\n')
          .map((line) => (line ? `> ${escapeLine(line)}` : '>'))
          .join('\n'),
      );
  }
  if (item.example) {
    const { zh, en, ref: source } = item.example;
    blocks.push(`**Example:** ${escapeLine(zh)}`, `**Translation:** ${escapeLine(en)}`, `**Source:** ${isUrl(source) ? `<${source}>` : escapeLine(source)}`);
  }
  return blocks.join('\n\n');
}

/** The items as a Markdown document: a title, an optional attribution line, one section per term. */
export function toMarkdown(items: VocabularyItem[], options: { title: string; attribution?: string }): string {
  const head = [`# ${escapeLine(options.title)}`, ...(options.attribution ? [escapeLine(options.attribution)] : [])];
  return `${[...head, ...items.map(section)].join('\n\n')}\n`;
}

export type MarkdownEntry = Pick<VocabularyItem, 'term' | 'pinyin' | 'english' | 'note' | 'example'>;

const LABELLED = /^\*\*(Pinyin|Example|Translation|Source):\*\*(?: ([\s\S]*))?$/;

/** Reads the entries back from a document written by toMarkdown. */
export function parseMarkdown(text: string): MarkdownEntry[] {
  const entries: MarkdownEntry[] = [];
  let entry: MarkdownEntry | undefined;
  let noteIsMarkdown = false;
  for (const token of Lexer.lex(text, { gfm: true })) {
    if (token.type === 'heading' && token.depth === 2) {
      entry = { term: unescape(token.text), pinyin: '', english: [], note: '', example: null };
      entries.push(entry);
    } else if (!entry) {
      continue; // the title and attribution
    } else if (token.type === 'list') {
      entry.english = (token as Tokens.List).items.map((item) => (item.text === EMPTY_ITEM ? '' : unescape(item.text)));
    } else if (token.type === 'blockquote') {
      const source = token.raw
        .replace(/\n+$/, '')
        .split('\n')
        .map((line) => line.replace(/^> ?/, ''))
        .join('\n');
      entry.note = noteIsMarkdown ? unreference(source) : unescape(token.text);
    } else if (token.type === 'paragraph') {
      if (token.text === NOTE || token.text === NOTE_AS_TEXT) noteIsMarkdown = token.text === NOTE;
      const [, label, raw = ''] = LABELLED.exec(token.text) ?? [];
      const value = /^<[^<>]*>$/.test(raw) ? raw.slice(1, -1) : unescape(raw);
      if (label === 'Pinyin') entry.pinyin = value;
      else if (label === 'Example') entry.example = { zh: value, en: '', ref: '' };
      else if (label === 'Translation' && entry.example) entry.example.en = value;
      else if (label === 'Source' && entry.example) entry.example.ref = value;
    }
  }
  return entries;
}
