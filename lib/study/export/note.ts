import { Lexer, marked, type Token, type Tokens } from 'marked';
import { isSafeHref, renderNoteMarkdown } from '@/lib/notes/markdown';

// A reader's note is Markdown; each export gives it in its format's own terms: Anki (whose fields
// are HTML) the HTML the app shows, sanitised; CSV the text a reader sees; Markdown the source.

/** The note as the app renders it (marked + sanitize-html), on one line: its line breaks as references. */
export function noteHtml(markdown: string): string {
  // &#10; is the same character to HTML (a space in text, a line break in <pre>), and keeps the
  // Anki record on one line; the sanitiser writes no line break inside a tag.
  return renderNoteMarkdown(markdown).trim().replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name!.toLowerCase()] ?? whole),
  );

function inline(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === 'br') return '\n';
      if (t.type === 'image') return (t as Tokens.Image).text;
      if (t.type === 'link') {
        const { href, tokens: inner } = t as Tokens.Link;
        const text = inline(inner);
        return text === href || `mailto:${text}` === href ? text : `${text} (${href})`;
      }
      if ('tokens' in t && t.tokens) return inline(t.tokens);
      return decode('text' in t ? String(t.text) : t.raw);
    })
    .join('');
}

function blocks(tokens: readonly Token[]): string[] {
  return tokens.flatMap((t): string[] => {
    switch (t.type) {
      case 'space':
        return [];
      case 'code':
        return [(t as Tokens.Code).text];
      case 'hr':
        return ['———'];
      case 'blockquote':
        return blocks((t as Tokens.Blockquote).tokens);
      case 'list': {
        const list = t as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        return [list.items.map((item, i) => `${list.ordered ? `${start + i}.` : '•'} ${blocks(item.tokens).join('\n')}`).join('\n')];
      }
      case 'table': {
        const table = t as Tokens.Table;
        return [[table.header, ...table.rows].map((row) => row.map((cell) => inline(cell.tokens)).join(' | ')).join('\n')];
      }
      case 'html':
        return [t.raw.trim()];
      default:
        return 'tokens' in t && t.tokens ? [inline(t.tokens)] : ['text' in t ? decode(String(t.text)) : t.raw.trim()];
    }
  });
}

/** The note as plain text, as a reader sees it rendered: no Markdown marks, lists as • and 1. lines, links with their address. */
export function noteText(markdown: string): string {
  try {
    return blocks(Lexer.lex(markdown, { gfm: true })).join('\n\n');
  } catch {
    return markdown; // marked recurses per nesting level; such a note is its own text
  }
}

/**
 * Whether Markdown, rendered by any common renderer, makes no link but to http(s) or mailto and no
 * image (the app shows an image's alt text and a bad link as its text).
 */
export function linksAreSafe(markdown: string): boolean {
  let safe = true;
  try {
    const tokens = Lexer.lex(markdown, { gfm: true });
    marked.walkTokens(tokens, (t) => {
      if (t.type === 'image' || (t.type === 'link' && !isSafeHref((t as Tokens.Link).href))) safe = false;
    });
    const defs = (tokens as Token[] & { links?: Record<string, { href: string }> }).links ?? {};
    if (Object.values(defs).some((d) => !isSafeHref(d.href))) safe = false;
  } catch {
    safe = false;
  }
  return safe;
}
