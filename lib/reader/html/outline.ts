import { markup } from '@/lib/core/markup';
import type { OutlineEntry } from '../outline';

/** The release's parts, collapsed so the page opens on the text: headings, and questions by topic and asker. */
export function outlineHtml(entries: readonly OutlineEntry[], { zhLang, label }: { zhLang: string; label: string }): string {
  if (entries.length === 0) return '';
  const items = entries.map((e) => {
    const en = e.en && markup`<span lang="en" class="outline-en">${e.en}</span>`;
    const asker = e.asker && markup`<span class="outline-asker"><span lang="${zhLang}">${e.asker.zh}</span> · <span lang="en">${e.asker.en}</span></span>`;
    return markup`<li class="outline-${e.kind}"><a href="#p-${e.id}"><span lang="${zhLang}">${e.zh}</span>${en}${asker}</a></li>`;
  });
  return markup`<details class="outline"><summary>${label} <span class="outline-count">(${entries.length})</span></summary><nav aria-label="${label}"><ol>${items}</ol></nav></details>`
    .text;
}
