import type { TagVersion } from '@/lib/cache/tags';
import type { CacheScope } from './declaration';

/** One cached answer, with its body precompressed once so a hit costs no compression. */
export type Entry = {
  status: number;
  /** The headers every answer from it carries (the app's, the security set, its CSP), flat as writeHead takes them. */
  sent: string[];
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
  /** Bytes held: the bodies together. */
  size: number;
};

/**
 * A store of answers bounded by their bytes, so a few large entries cannot push out the whole
 * working set unnoticed, and a crawl of one-off URLs cannot grow it forever. Eviction is CLOCK
 * (second chance), an approximation of least-recently-used: a look-up only marks the entry used
 * (a hit reorders nothing); the oldest entry goes unless it was used since it last came round, in
 * which case it goes to the back, unmarked.
 */
export function entryStore(maxBytes: number) {
  const entries = new Map<string, { entry: Entry; used: boolean }>();
  let bytes = 0;
  const drop = (key: string) => {
    const slot = entries.get(key);
    if (!slot) return;
    bytes -= slot.entry.size;
    entries.delete(key);
  };
  function evict() {
    for (const [key, slot] of entries) {
      entries.delete(key);
      if (!slot.used) return void (bytes -= slot.entry.size);
      slot.used = false;
      entries.set(key, slot);
    }
  }
  return {
    get(key: string): Entry | undefined {
      const slot = entries.get(key);
      if (!slot) return undefined;
      slot.used = true;
      return slot.entry;
    },
    set(key: string, entry: Entry) {
      if (entry.size > maxBytes / 8) return;
      drop(key);
      // New, it counts as used: it gets a round before it can go.
      entries.set(key, { entry, used: true });
      bytes += entry.size;
      while (bytes > maxBytes) evict();
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
