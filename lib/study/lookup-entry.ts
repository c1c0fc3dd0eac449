/** One answer of the pop-up dictionary and of GET /api/v1/dictionary. Pure types: the client reads them. */
export type LookupEntry = {
  source: 'curated' | 'note' | 'cedict';
  /** The headword in the asked script. */
  word: string;
  traditional: string;
  simplified: string;
  /** Tone marks, one syllable per character, space-separated; '' when unknown. */
  pinyin: string;
  definitions: string[];
  /** The curated explanation or the note's Markdown source. */
  note?: string;
  noteId?: string;
};
