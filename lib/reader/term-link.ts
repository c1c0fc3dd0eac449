/**
 * The glossary key a term link in the rows points to (`…/glossary/<key>?script=…`). The rows carry
 * the key once, in the link a reader without JavaScript follows, rather than again in an attribute
 * of each of a page's hundreds of term links.
 */
export function termKeyOf(href: string | null | undefined): string | null {
  const m = /\/glossary\/([^/?#]+)(?:[?#]|$)/.exec(href ?? '');
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}
