import { createHash } from 'node:crypto';

// Names of what cached views depend on (see the ViewVersion model). ASCII only: they travel in
// HTTP headers between the app and its caching front. A term is named by a hash of its key.

export const LIBRARY = 'library';
/** Any change to the public glossary (curated entries, shared notes): the in-process snapshot is rebuilt on it. */
export const GLOSSARY = 'glossary';
/** The row whose version is the latest bump's sequence number. */
export const SEQ = '*';

export const releaseTag = (slug: string) => `release:${slug}`;
/** The public glossary as it bears on one release: bumped when a public term its text holds changes, appears or goes. */
export const releaseGlossaryTag = (slug: string) => `glossary:${slug}`;
export const termTag = (key: string) => `term:${createHash('sha256').update(key).digest('base64url').slice(0, 12)}`;

/** A tag and the version a view was built at. */
export type TagVersion = readonly [tag: string, version: number];

/** `release:x@3 term:ab@7`: how a view declares what it was built from. */
export const formatTags = (tags: readonly TagVersion[]) => tags.map(([tag, v]) => `${tag}@${v}`).join(' ');

export function parseTags(text: string): TagVersion[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((item) => {
      const at = item.lastIndexOf('@');
      const digits = item.slice(at + 1);
      return at > 0 && /^\d+$/.test(digits) ? [[item.slice(0, at), Number(digits)] as const] : [];
    });
}

/** One reader's private notes: their overlay on the public pages. */
export const userTag = (id: string) => `user:${id}`;
