/** One term as the study exports see it: enough for a flash card, a spreadsheet row or a section. */
export type VocabularyItem = {
  /** In the reader's script (front of the card). */
  term: string;
  /** Simplified identity of the term. */
  key: string;
  /** Tone marks, space-separated syllables ('' if unknown). */
  pinyin: string;
  /** Renderings / definitions, most important first. */
  english: string[];
  /** The reader's note (Markdown source) or curated explanation: any text at all. */
  note: string;
  /** How `note` is written: a reader's note is Markdown (the default), a curated explanation plain text. */
  noteFormat?: 'markdown' | 'text';
  /** First sentence where it occurs, its paragraph's English, and a citation or permalink. */
  example: { zh: string; en: string; ref: string } | null;
  /** Occurrences in the release (0 for a glossary export without a release). */
  frequency: number;
  source: 'curated' | 'note' | 'dictionary';
  /** e.g. ['duizhao', 'release::2024-03-08-shandong-new-industrialization', 'curated']. */
  tags: string[];
};

export type ExportFormat = 'anki' | 'csv' | 'md';
