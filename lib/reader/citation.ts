// Runs in the browser too (the copy button): no server imports here.

export type CitationInput = {
  zh: string;
  en: string;
  title: { zh: string; en: string };
  issuer: string;
  date: string;
  url: string;
};

/** Plain text an analyst pastes into a report: the quote in both languages, then the source. */
export function formatCitation(c: CitationInput): string {
  return [c.zh, c.en, '', `${c.issuer}, “${c.title.en}” (${c.title.zh}), ${c.date}.`, c.url].join('\n');
}
