import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '@/lib/core/escape-html';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link may stay a link: an absolute http(s) or mailto URL. */
export function isSafeHref(href: string): boolean {
  try {
    // Absolute URLs only: URL parsing also strips the tabs and newlines that hide "javascript:".
    return LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

// Raw HTML in a note is shown as text, never passed through; a link to anything but http(s) or
// mailto is just its text; images keep only their alt text; task-list boxes become characters.
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text, block }) => (block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text)),
    link(token) {
      return isSafeHref(token.href) ? false : this.parser.parseInline(token.tokens);
    },
    image: ({ text }) => escapeHtml(text),
    checkbox: ({ checked }) => (checked ? '☑ ' : '☐ '),
  },
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A note sits under the card's own headings: its h1–h3 step down to h4–h6.
    h1: 'h4',
    h2: 'h5',
    h3: 'h6',
    // Any rel or target the link had is replaced; allowedSchemes still vets href afterwards.
    a: (_, attribs) => ({ tagName: 'a', attribs: { ...(attribs.href && { href: attribs.href }), rel: 'noopener nofollow ugc' } }),
  },
};

/** A note's Markdown as HTML that is safe to insert into a page. */
export function renderNoteMarkdown(md: string): string {
  let html: string;
  try {
    html = marked.parse(md) as string;
  } catch {
    // marked recurses per nesting level (5,000 ">" overflow the stack): such a note reads as text.
    html = `<p>${escapeHtml(md)}</p>`;
  }
  return sanitizeHtml(html, SANITIZE);
}
