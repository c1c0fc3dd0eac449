// English input: plain text, one paragraph a line. Blank lines are not paragraphs, so a
// paragraph's number (its index among paragraphs) does not move when blank lines are added or
// removed; its line says where it stands in the file, for messages.

export type EnglishParagraph = {
  /** 0-based, among paragraphs: what a link's `en` holds. */
  index: number;
  /** 1-based line of the text. */
  line: number;
  text: string;
};

/** Paragraphs of plain text: one a line, trimmed; blank lines skipped; CRLF and a BOM accepted. */
export function readEnglishText(text: string): EnglishParagraph[] {
  const paragraphs: EnglishParagraph[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
      if (line) paragraphs.push({ index: paragraphs.length, line: i + 1, text: line });
    });
  return paragraphs;
}
