/**
 * The page numbers a pager links to: the first, the last, and those within `around` of the
 * current page, with null where numbers are left out (one gap mark), so a term with hundreds of
 * pages still gets a short pager. Nothing for a single page.
 */
export function pageWindow(current: number, pages: number, around = 2): (number | null)[] {
  if (pages <= 1) return [];
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - current) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

const MAX_PAGE = 10_000;

/** A `?page=` value as a page number: anything that is not a whole number from 1 up is page 1 (a link, not an error). */
export function pageParam(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_PAGE) : 1;
}
