import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { noteText } from './note';
import type { VocabularyItem } from './types';

// RFC 4180 with CRLF, opening with a UTF-8 BOM: without it Excel decodes the file in the system's
// code page (GBK on Chinese Windows) and every term turns to mojibake. parseCsv(toCsv(x)) gives x
// back field for field.

const COLUMNS = ['term', 'key', 'pinyin', 'english', 'note', 'example_zh', 'example_en', 'example_ref', 'frequency', 'source', 'tags'] as const;

// Spreadsheets run a cell that starts with = + - @ (or the full-width forms a Chinese IME types),
// tab or CR as a formula (CSV injection). Such a cell gets a leading apostrophe, which parseCsv
// removes; a cell already starting with apostrophes before one of them gets one more, so removal
// is exact.
const guard = (cell: string) => (/^'*[=+\-@\t\r＝＋－＠]/.test(cell) ? `'${cell}` : cell);
const unguard = (cell: string) => (/^'+[=+\-@\t\r＝＋－＠]/.test(cell) ? cell.slice(1) : cell);

// A list reads as its items joined by `sep` ('; ' for English, ' ' for tags) when that splits back
// exactly; otherwise (an item holding `sep`, an empty item, outer spaces, a leading '[') the cell
// is the list as a JSON array.
function joinList(list: string[], sep: string): string {
  const joined = list.join(sep);
  const plain = !joined.startsWith('[') && list.every((s) => s !== '' && s === s.trim() && !s.includes(sep));
  return plain ? joined : JSON.stringify(list);
}

function splitList(cell: string, sep: string): string[] {
  if (cell.startsWith('[')) return z.array(z.string()).parse(JSON.parse(cell));
  return cell === '' ? [] : cell.split(sep);
}

/**
 * The items as a spreadsheet: one row each; an example is null exactly when its three cells are
 * empty. A Markdown note is written as the text it shows (parseCsv reads it back as text).
 */
export function toCsv(items: VocabularyItem[]): string {
  const rows = items.map((item) => [
    ...[
      item.term,
      item.key,
      item.pinyin,
      joinList(item.english, '; '),
      item.noteFormat === 'text' ? item.note : noteText(item.note),
      item.example?.zh ?? '',
      item.example?.en ?? '',
      item.example?.ref ?? '',
    ].map(guard),
    String(item.frequency),
    item.source,
    guard(joinList(item.tags, ' ')),
  ]);
  return stringify([[...COLUMNS], ...rows], {
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify stops quoting a lone CR or LF once record_delimiter is set: a note has them.
    quote_record_delimiter: true,
  });
}

const Row = z.object({
  term: z.string(),
  key: z.string(),
  pinyin: z.string(),
  english: z.string().transform((cell) => splitList(cell, '; ')),
  note: z.string(),
  example_zh: z.string(),
  example_en: z.string(),
  example_ref: z.string(),
  frequency: z.string().regex(/^\d+$/, 'a whole number').transform(Number),
  source: z.enum(['curated', 'note', 'dictionary']),
  tags: z.string().transform((cell) => splitList(cell, ' ')),
});

/** Reads a file written by toCsv; throws on any other header or a malformed row. */
export function parseCsv(text: string): VocabularyItem[] {
  const [header, ...records]: string[][] = parse(text, { bom: true });
  if (header?.join(',') !== COLUMNS.join(',')) throw new Error(`Expected the CSV header ${COLUMNS.join(',')}`);
  return records.map((record) => {
    const row = Row.parse(Object.fromEntries(COLUMNS.map((column, i) => [column, unguard(record[i]!)])));
    const { example_zh: zh, example_en: en, example_ref: ref, ...rest } = row;
    return { ...rest, noteFormat: 'text' as const, example: zh || en || ref ? { zh, en, ref } : null };
  });
}
