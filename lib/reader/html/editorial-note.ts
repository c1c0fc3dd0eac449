import { markup } from '@/lib/core/markup';
import type { ReleaseRecord } from '../types';

export type EditorialLabels = { editorial: string; repairs: string; repairDamaged: string; repairRestored: string; source: string; colon: string };

/** What the editors did to the source: readers who quote the text need to know. Repairs quote the source as it was, in its own script (`zhLang`). */
export function editorialNoteHtml(
  release: Pick<ReleaseRecord, 'editorialNote' | 'repairs' | 'sourceUrl'>,
  { zhLang, labels }: { zhLang: string; labels: EditorialLabels },
): string {
  if (!release.editorialNote && release.repairs.length === 0) return '';
  const { colon } = labels;
  const repairs = release.repairs.map((r) => {
    const at = r.segment && markup`<a href="#p-${r.segment}">#${r.segment}</a>`;
    return markup`<li>${at} ${labels.repairDamaged}${colon}<code lang="${zhLang}">${r.damaged}</code> → ${labels.repairRestored}${colon}<q lang="${zhLang}">${r.restored}</q>. <span lang="en">${r.reason}</span></li>`;
  });
  const note = release.editorialNote && markup`<p lang="en">${release.editorialNote}</p>`;
  const list = repairs.length > 0 && markup`<h3>${labels.repairs}</h3><ul class="repairs">${repairs}</ul>`;
  const source = release.sourceUrl && markup`<p>${labels.source}${colon}<a href="${release.sourceUrl}">${release.sourceUrl}</a></p>`;
  return markup`<aside class="editorial" aria-labelledby="editorial-heading"><h2 id="editorial-heading">${labels.editorial}</h2>${note}${list}${source}</aside>`.text;
}
