import { toAnkiTsv } from './anki';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import type { ExportFormat, VocabularyItem } from './types';

export type { ExportFormat, VocabularyItem } from './types';

export type ExportOptions = {
  /** Markdown heading. */
  title: string;
  attribution?: string;
  /** Anki deck to file the cards into, if the reader's collection has it. */
  deckName?: string;
  /** BCP 47 tag of the Chinese text (zh-Hans, zh-Hant, zh-TW, zh-HK), for Anki's glyph choice. */
  lang: string;
};

export type ExportFile = { body: string; contentType: string; extension: string };

/** The items as a downloadable file in the chosen format. */
export function exportVocabulary(format: ExportFormat, items: VocabularyItem[], options: ExportOptions): ExportFile {
  switch (format) {
    case 'anki':
      return {
        body: toAnkiTsv(items, { deckName: options.deckName, lang: options.lang }),
        contentType: 'text/tab-separated-values; charset=utf-8',
        extension: 'tsv',
      };
    case 'csv':
      return { body: toCsv(items), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
    case 'md':
      return {
        body: toMarkdown(items, { title: options.title, attribution: options.attribution }),
        contentType: 'text/markdown; charset=utf-8',
        extension: 'md',
      };
  }
}
