import { readArticle } from '../import/article';
import { isImportError } from '../import/errors';
import { declaredCharset, looksLikeHtml } from '../import/html';

// English input: plain text, one paragraph a line, or an HTML page. Blank lines are not
// paragraphs, so a paragraph's number (its index among paragraphs) does not move when blank lines
// are added or removed; its line says where it stands in the file, for messages.

export type EnglishParagraph = {
  /** 0-based, among paragraphs: what a link's `en` holds. */
  index: number;
  /** 1-based line of the text (of an HTML page: the block of its article). */
  line: number;
  text: string;
};

/** English the aligner cannot take: not UTF-8 (or the page's charset), no article in a page. */
export class EnglishInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnglishInputError';
  }
}

const normalize = (line: string) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** Paragraphs of plain text: one a line, trimmed; blank lines skipped; CRLF and a BOM accepted. */
export function readEnglishText(text: string): EnglishParagraph[] {
  const paragraphs: EnglishParagraph[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = normalize(raw);
      if (line) paragraphs.push({ index: paragraphs.length, line: i + 1, text: line });
    });
  return paragraphs;
}

// An English paragraph: a word, then a sentence's worth of text up to its mark.
const ENGLISH_PROSE = /[A-Za-z]{2,}[^.!?:]{10,}[.!?:](?:\s|$)/;
// The footer a Hong Kong government press release ends with (Ends/Thursday, January 22, 2026 ·
// Issued at HKT 10:22 · NNNN): the page's, not the release's.
const FOOTER = /^(?:Ends\s*\/\s*\w+day,.*|Issued at HKT \d{1,2}:\d{2}|NNNN)$/i;
const comparable = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The paragraphs of an English HTML page, found as the importer finds a Chinese release's: the
 * article by Readability, its text blocks one paragraph each; the page's own headline first when
 * the article leaves it out (the aligner pairs it with the Chinese title); the site's footer lines
 * dropped.
 */
export function readEnglishHtml(html: string): EnglishParagraph[] {
  let article;
  try {
    article = readArticle(html, ENGLISH_PROSE);
  } catch (error) {
    if (isImportError(error)) throw new EnglishInputError(`the page has no English article: ${error.message}`);
    throw error;
  }
  const blocks = article.blocks.map(normalize).filter((b) => b && !FOOTER.test(b));
  const title = article.meta.title && normalize(article.meta.title);
  const hasTitle = !title || blocks.slice(0, 3).some((b) => comparable(b) === comparable(title));
  return (hasTitle ? blocks : [title, ...blocks]).map((text, index) => ({ index, line: index + 1, text }));
}

/** English text or HTML (auto: HTML when it looks like a page), as paragraphs. */
export function readEnglish(input: string, format: 'auto' | 'text' | 'html' = 'auto'): EnglishParagraph[] {
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(input));
  return html ? readEnglishHtml(input) : readEnglishText(input);
}

/** A file's bytes as English: UTF-8, or the charset an HTML page declares. */
export function readEnglishBytes(bytes: Uint8Array, format: 'auto' | 'text' | 'html' = 'auto'): EnglishParagraph[] {
  const declared = format === 'text' ? undefined : declaredCharset(bytes);
  let text: string;
  try {
    text = new TextDecoder(declared ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) throw new EnglishInputError(`the page declares a charset this reader does not know: ${declared}`);
    throw new EnglishInputError(declared ? `the text is not valid ${declared}` : 'the text is not UTF-8');
  }
  return readEnglish(text, format);
}
