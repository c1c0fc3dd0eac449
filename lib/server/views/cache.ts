import 'server-only';
import type { TagVersion } from '@/lib/cache/tags';

type Entry<V> = { value: V; tags: readonly TagVersion[] };

/**
 * A bounded memo of views (least recently used goes first), each stored with the versions of the
 * tags it was built from and used only while every one still holds: a write anywhere bumps a tag
 * and the next request rebuilds. `build` gets the versions read before it started, so data that
 * changed during a build leaves the entry stale rather than wrongly fresh.
 */
export function viewCache<V>(size: number) {
  const entries = new Map<string, Entry<V>>();
  const fresh = (entry: Entry<V>, versions: ReadonlyMap<string, number>) => entry.tags.every(([tag, v]) => (versions.get(tag) ?? 0) === v);
  return {
    async get(key: string, versions: ReadonlyMap<string, number>, build: () => Promise<Entry<V>>): Promise<Entry<V>> {
      const hit = entries.get(key);
      if (hit && fresh(hit, versions)) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const built = await build();
      entries.delete(key);
      if (entries.size >= size) entries.delete(entries.keys().next().value!);
      entries.set(key, built);
      return built;
    },
  };
}
