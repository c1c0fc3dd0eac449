import type { TagVersion } from '@/lib/cache/tags';
import type { CacheScope } from './declaration';

/** One cached answer, with its body precompressed once so a hit costs no compression. */
export type Entry = {
  status: number;
  headers: [string, string][];
  body: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  /** Strong validators of the identity, gzip and br bodies (each a representation of its own). */
  etag: { identity: string; gzip: string; br: string };
  /** A declared answer (its scope and tags), or one of Next's immutable files (hashed names, kept for good). */
  scope: CacheScope | 'immutable';
  tags: readonly TagVersion[];
  /** A session's own answer: kept until then (ms since the epoch). */
  until?: number;
  /** Its Content-Security-Policy, worked out once. */
  csp: string;
  /** Bytes held: the bodies together. */
  size: number;
};

/**
 * A least-recently-used store of answers bounded by their bytes, so a few large entries cannot
 * push out the whole working set unnoticed, and a crawl of one-off URLs cannot grow it forever.
 */
export function entryStore(maxBytes: number) {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.size;
    entries.delete(key);
  };
  return {
    get(key: string): Entry | undefined {
      const entry = entries.get(key);
      if (entry) {
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    set(key: string, entry: Entry) {
      if (entry.size > maxBytes / 8) return;
      drop(key);
      entries.set(key, entry);
      bytes += entry.size;
      while (bytes > maxBytes) drop(entries.keys().next().value!);
    },
    delete: drop,
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

export type EntryStore = ReturnType<typeof entryStore>;
