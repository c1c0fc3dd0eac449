import { isChinese } from './chars';
import { readEntity } from './entities';
import { TrackedBuilder, trackIdentity, type TrackedText } from './tracked-text';

// Elements whose content is not page text.
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg', 'iframe', 'object', 'select', 'title']);
// Elements that start or end a text block.
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'blockquote',
  'pre',
  'hr',
  'form',
  'figure',
  'figcaption',
  'address',
  'body',
  'html',
  'center',
]);
const WHITESPACE = /[ \t\n\r\f]/;
const PLAIN = /[^<& \t\n\r\f]+/y;

export type HtmlText = {
  /** Text blocks separated by newlines; origins are offsets into the HTML source. */
  text: TrackedText;
};

/** Whether decoded text is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/i.test(head) || (head.match(/<\/(?:p|div|li|h[1-6])>|<br\s*\/?>/gi)?.length ?? 0) >= 2;
}

/** The charset an HTML page declares in its first 4 KB (read as ASCII), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

// A quoted attribute value longer than this is not one: the tag is broken.
const MAX_QUOTED = 1024;

/**
 * The end of the tag opening at `start` ('<'), quotes in attributes respected; -1 when the tag is
 * broken (another '<' outside quotes, an endless quote, or no '>'), and then the '<' is text.
 */
function tagEnd(html: string, start: number): number {
  let quote = '';
  let quoteStart = 0;
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (i - quoteStart > MAX_QUOTED) return -1;
    } else if (c === '"' || c === "'") [quote, quoteStart] = [c, i];
    else if (c === '>') return i + 1;
    else if (c === '<') return -1;
  }
  return -1;
}

const closers = new Map<string, RegExp>();
/** Where the element `name`, whose content starts at `from`, ends: after its closing tag. */
function closeOf(html: string, name: string, from: number): number {
  let closer = closers.get(name);
  if (!closer) closers.set(name, (closer = new RegExp(`</${name}\\s*>`, 'gi')));
  closer.lastIndex = from;
  const m = closer.exec(html);
  return m ? m.index + m[0].length : html.length;
}

/** Reduces HTML to its text blocks: block elements and <br> become line breaks, dropped elements vanish. */
export function htmlToText(html: string): HtmlText {
  const source = trackIdentity(html);
  const out = new TrackedBuilder();
  const result: HtmlText = { text: source };
  let last = ''; // the last character written
  let space = null as { newline: boolean; at: number } | null; // pending whitespace

  const write = (value: string, at: number, length: number) => {
    if (space && last && last !== '\n') {
      // A line break in the source next to a Chinese character is wrapping, not a space.
      if (!(space.newline && (isChinese(last) || isChinese(value[0])))) out.insert(' ', space.at);
    }
    space = null;
    if (length === value.length && html.startsWith(value, at)) out.copy(source, at, at + length);
    else out.insert(value, at);
    last = value[value.length - 1] ?? last;
  };
  const breakBlock = (at: number) => {
    if (last !== '\n' && last !== '') out.insert('\n', at);
    last = '\n';
    space = null;
  };

  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end === -1 ? html.length : end + 3;
        continue;
      }
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 40));
      const declaration = html[i + 1] === '!' || html[i + 1] === '?';
      if (tag || declaration) {
        const end = tagEnd(html, i);
        if (end !== -1) {
          const name = tag?.[2].toLowerCase() ?? '';
          const closing = tag?.[1] === '/';
          if (!closing && DROPPED.has(name) && html[end - 2] !== '/') {
            i = closeOf(html, name, end);
            continue;
          }
          if (BLOCKS.has(name)) breakBlock(i);
          i = end;
          continue;
        }
      }
    }
    if (WHITESPACE.test(c)) {
      space = { newline: (space?.newline ?? false) || c === '\n' || c === '\r', at: space?.at ?? i };
      i++;
      continue;
    }
    if (c === '&') {
      const entity = readEntity(html, i);
      if (entity) {
        write(entity.value, i, entity.length);
        i += entity.length;
        continue;
      }
    }
    PLAIN.lastIndex = i;
    const run = PLAIN.exec(html)?.[0] ?? c;
    write(run, i, run.length);
    i += run.length;
  }
  result.text = out.build(html.length);
  return result;
}
