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

/** A short reference to one passage, for a card's or a list's example sentence. */
export function passageReference(r: { issuer: string; title: string; date: string }, segmentId: string, url: string): string {
  return `${r.issuer}, “${r.title}”, ${r.date}, ¶${segmentId}: ${url}`;
}
