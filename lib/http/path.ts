import { hasLoneSurrogate } from '@/lib/core/text';

/**
 * Whether a URL path holds a percent-escape that does not decode to UTF-8 text (`%ff`, `%E0%A4%A`,
 * `%C0%AE`, a lone `%`, an encoded surrogate): such a path names nothing, and decoding it must not
 * throw deeper down.
 */
export function hasMalformedEscape(path: string): boolean {
  if (!path.includes('%')) return false;
  try {
    return hasLoneSurrogate(decodeURIComponent(path));
  } catch {
    return true;
  }
}

/** A dynamic path segment as text: Next passes it decoded or not depending on the route; a stray % is kept. */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * A path segment for an href, readable and short: ASCII outside the unreserved set is
 * percent-encoded, other characters (Chinese) stay as they are, which HTML allows and browsers
 * encode when they follow the link. A Chinese term's link is a third the length this way.
 */
export const iriSegment = (text: string) => text.replace(/[\x00-\x2c\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]/g, (c) => encodeURIComponent(c));
