import { getTranslations } from 'next-intl/server';
import { SCRIPT_LANG } from '@/lib/core/text';
import { editorialNoteHtml, type EditorialLabels } from '@/lib/reader/html/editorial-note';
import type { LocalizedRelease } from '@/lib/reader/localize';
import { ServerHtml } from './server-html';

const LABELS = ['editorial', 'repairs', 'repairDamaged', 'repairRestored', 'source', 'colon'] as const;

/** The editorial note and repairs (lib/reader/html/editorial-note.ts), sent once as HTML. */
export async function EditorialNote({ release }: { release: Pick<LocalizedRelease, 'sourceScript' | 'editorialNote' | 'repairs' | 'sourceUrl'> }) {
  const t = await getTranslations('ReaderPage');
  const markup = editorialNoteHtml(release, {
    zhLang: SCRIPT_LANG[release.sourceScript],
    labels: Object.fromEntries(LABELS.map((k) => [k, t(k)])) as EditorialLabels,
  });
  return markup ? <ServerHtml html={markup} /> : null;
}
