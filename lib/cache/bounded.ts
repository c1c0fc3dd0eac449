/**
 * A memo of at most `size` values, for results that are costly to build and fixed by their key
 * (which must name every input, versions included). The oldest entry goes first.
 */
export function boundedCache<V>(size: number) {
  const entries = new Map<string, V>();
  return {
    get(key: string, build: () => V): V {
      let value = entries.get(key);
      if (value === undefined) {
        value = build();
        entries.set(key, value);
        if (entries.size > size) entries.delete(entries.keys().next().value!);
      }
      return value;
    },
  };
}
