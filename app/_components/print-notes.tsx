import { getFormatter, getTranslations } from 'next-intl/server';
import { printNotesHtml, type PrintLabels } from '@/lib/reader/html/print-notes';
import type { ReleaseView } from '@/lib/reader/view';
import { ServerHtml } from './server-html';

const LABELS = ['terms', 'permalinks', 'permalinkRule', 'citation', 'source', 'printedFrom'] as const;

/** The print edition's notes (lib/reader/html/print-notes.ts), sent once as HTML. */
export async function PrintNotes({ view, zhLang, path }: { view: ReleaseView; zhLang: string; path: string }) {
  const [t, format] = await Promise.all([getTranslations('Print'), getFormatter()]);
  const date = format.dateTime(new Date(view.date), { dateStyle: 'long', timeZone: 'UTC' });
  const labels = Object.fromEntries(LABELS.map((k) => [k, t(k)])) as PrintLabels;
  return <ServerHtml html={printNotesHtml(view, { zhLang, path, date, labels })} />;
}
