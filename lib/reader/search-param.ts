/** A page's query value as one string: Next gives an array when a key repeats; the first one counts. */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
