import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { noteHtml } from './note';
import type { VocabularyItem } from './types';

// Anki's text import (≥ 2.1.55) reads `#key:value` lines at the top of the file as settings. Notes go
// to the Basic note type — Front, Back — with the tags in column 3. There is deliberately no
// `#columns` line: with column names Anki maps fields by name, and a localised collection's Basic
// (基本: 正面/背面) would leave Back empty; without them it maps by position, which always works.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\t': '&#9;' };

/** Text as inert HTML: the file says `#html:true`, so a note's `<script>` must arrive as characters. */
function html(text: string): string {
  // Line breaks become <br> (fields are HTML) and tabs an entity, so each note stays on one line.
  return text.replace(/[&<>"'\t]/g, (c) => HTML_ESCAPES[c]!).replace(/\r\n|\r|\n/g, '<br>');
}

// Single-quoted attributes keep '"' out of the records, so they need no CSV quoting.
function span(className: string, text: string, lang?: string): string {
  return `<span class='${className}'${lang ? ` lang='${html(lang)}'` : ''}>${html(text)}</span>`;
}

/** A tag as Anki will store it: Anki splits tags on whitespace and drops control characters and '"'. */
export function ankiTag(tag: string): string {
  return tag
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[\x00-\x1f\x7f"]/g, '')
    .split('::')
    .filter(Boolean) // an empty level ("a::::b") would become Anki's "blank"
    .join('::');
}

function back(item: VocabularyItem, lang: string): string {
  const english = item.english.filter(Boolean).join('; ');
  const pieces = [
    item.pinyin && span('pinyin', item.pinyin),
    english && span('english', english),
    // The note's Markdown as the app renders it: sanitised HTML, so no tag a reader typed survives.
    item.note && (item.noteFormat === 'text' ? span('note', item.note) : `<div class='note'>${noteHtml(item.note)}</div>`),
    item.example?.zh && span('example', item.example.zh, lang),
    item.example?.en && span('example-en', item.example.en),
    item.example?.ref && span('ref', item.example.ref),
  ];
  return pieces.filter(Boolean).join('<br>');
}

/**
 * A tab-separated file for Anki's File › Import. `lang` is the BCP 47 tag of the Chinese text
 * (zh-Hans, zh-Hant, zh-TW, zh-HK): it marks the Chinese so Anki picks Chinese, not Japanese, glyphs.
 */
export function toAnkiTsv(items: VocabularyItem[], options: { deckName?: string; lang: string }): string {
  const [lang] = Intl.getCanonicalLocales(options.lang); // throws RangeError for a malformed tag
  // A header is one line. Anki files into this deck if it exists, else into the one picked on import.
  const deck = options.deckName?.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
  const headers = ['#separator:tab', '#html:true', '#notetype:Basic', ...(deck ? [`#deck:${deck}`] : []), '#tags column:3'];
  const rows = items.map((item) => [span('term', item.term, lang), back(item, lang!), [...new Set(item.tags.map(ankiTag).filter(Boolean))].join(' ')]);
  const body = stringify(rows, {
    delimiter: '\t',
    record_delimiter: 'unix',
    // csv-stringify stops quoting lone CR/LF once record_delimiter is set; Anki reads any of them.
    quote_record_delimiter: true,
    // Anki skips any line that starts with '#' as a comment, even among the records.
    quoted_match: /^#/,
  });
  return `${headers.join('\n')}\n${body}`;
}

export type AnkiFile = {
  /** Header settings by lower-case key, as Anki reads them (`separator`, `html`, `tags column` …). */
  headers: Record<string, string>;
  rows: { front: string; back: string; tags: string[] }[];
};

/** Reads a file written by toAnkiTsv (or Anki's own tab-separated export) the way Anki does. */
export function parseAnkiTsv(text: string): AnkiFile {
  const headers: Record<string, string> = {};
  // Settings are the run of '#' lines at the very top; split them off before parsing, since a
  // record may hold a '#' too.
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (text.startsWith('#', pos)) {
    const newline = text.indexOf('\n', pos);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(pos + 1, end).replace(/\r$/, '');
    const colon = line.indexOf(':');
    if (colon !== -1) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1);
    pos = end + 1;
  }
  const records: string[][] = parse(text.slice(pos), {
    delimiter: '\t',
    relax_column_count: true,
    relax_quotes: true, // a '"' inside an unquoted field is a character, as in Anki
    skip_empty_lines: true,
    // Like Anki: a line that starts with '#' is a comment; a '#' inside a field (&#39;) is not.
    comment: '#',
    comment_no_infix: true,
  });
  return {
    headers,
    rows: records.map(([front = '', back = '', tags = '']) => ({ front, back, tags: tags.split(/\s+/).filter(Boolean) })),
  };
}
