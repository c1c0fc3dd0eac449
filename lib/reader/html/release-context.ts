import { markup } from '@/lib/core/markup';

type Linked = { href: string; zh: string; date: string };
export type ContextParts = {
  heading: string;
  /** The terms new since the issuer's previous release. */
  fresh: { heading: string; comparedWith: string; previous: Linked; terms: { href: string; text: string }[] } | null;
  related: { heading: string; releases: (Linked & { en: string; shared: string })[] } | null;
};

/** Where the release sits in the library (its parts already worded and linked), as HTML; '' when there is nothing to say. */
export function releaseContextHtml({ heading, fresh, related }: ContextParts, zhLang: string): string {
  if (!fresh && !related) return '';
  const title = (r: Linked) => markup`<a href="${r.href}"><span lang="${zhLang}">${r.zh}</span></a>`;
  const chips =
    fresh && fresh.terms.length > 0 && markup`<ul class="term-chips">${fresh.terms.map((t) => markup`<li><a href="${t.href}" lang="${zhLang}">${t.text}</a></li>`)}</ul>`;
  const news =
    fresh &&
    markup`<section id="new-terms" aria-labelledby="new-terms-heading"><h3 id="new-terms-heading">${fresh.heading}</h3><p>${fresh.comparedWith} ${title(fresh.previous)} (<time datetime="${fresh.previous.date}">${fresh.previous.date}</time>)</p>${chips}</section>`;
  const items = related?.releases.map((r) => markup`<li>${title(r)} <span lang="en" class="muted">${r.en}</span> · <time datetime="${r.date}">${r.date}</time> · ${r.shared}</li>`);
  const others = related && markup`<section aria-labelledby="related-heading"><h3 id="related-heading">${related.heading}</h3><ul class="related">${items}</ul></section>`;
  return markup`<aside class="release-context" aria-labelledby="context-heading"><h2 id="context-heading">${heading}</h2>${news}${others}</aside>`.text;
}
