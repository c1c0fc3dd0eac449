// What the text itself says about the release: its title, its issuer and its date. Each is a
// suggestion for the draft; the CLI's options override it.

const ISSUER = /\p{Script=Han}{2,30}?(?:新聞辦公室|新闻办公室)/u;
const DATE = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/;
const SENTENCE_END = /[。！？]/;
// A first line this short and without a full stop is a headline, not the lead.
const MAX_TITLE = 50;

/** The office that held the press conference, as the lead names it. */
export function findIssuer(lead: string): string | undefined {
  return ISSUER.exec(lead)?.[0];
}

/** The first full date (2024年3月8日, 2024-03-08, 2024/3/8) in the texts, as YYYY-MM-DD. */
export function findDate(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const m = DATE.exec(text);
    if (!m) continue;
    const [year, month, day] = [m[1], m[2].padStart(2, '0'), m[3].padStart(2, '0')];
    const iso = `${year}-${month}-${day}`;
    const date = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)) return iso;
  }
  return undefined;
}

/**
 * Finds the headline among the paragraphs (titleIndex; -1 when none is): the page's first <h1>,
 * else a short first line without a full stop. Falls back to the HTML <title> without its site suffix.
 */
export function splitTitle(
  paragraphs: readonly string[],
  hints: { h1Paragraph?: number; htmlTitle?: string } = {},
): { title?: string; titleIndex: number } {
  const { h1Paragraph: h1 } = hints;
  if (h1 !== undefined && h1 >= 0 && h1 < paragraphs.length && paragraphs.length > 1) return { title: paragraphs[h1], titleIndex: h1 };
  const [first, ...rest] = paragraphs;
  if (rest.length && first.length <= MAX_TITLE && !SENTENCE_END.test(first)) return { title: first, titleIndex: 0 };
  const fromTitle = hints.htmlTitle?.split(/\s+[-_|—]+\s+|[_|]/)[0]?.trim();
  return { title: fromTitle || undefined, titleIndex: -1 };
}
