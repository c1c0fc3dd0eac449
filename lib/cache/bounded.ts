/**
 * A memo of at most `size` values, for results that are costly to build and fixed by their key
 * (which must name every input, versions included). Least recently used goes first, so a hot key
 * (the release everyone reads) survives a run of one-off keys.
 */
export function boundedCache<V>(size: number) {
  // A Map iterates in insertion order: a hit is re-inserted at the back, so the front is the LRU.
  const entries = new Map<string, V>();
  return {
    get(key: string, build: () => V): V {
      let value = entries.get(key);
      if (value === undefined) {
        value = build();
        if (entries.size >= size) entries.delete(entries.keys().next().value!);
      } else {
        entries.delete(key);
      }
      entries.set(key, value);
      return value;
    },
  };
}
