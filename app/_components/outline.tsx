import { getTranslations } from 'next-intl/server';
import { outlineHtml } from '@/lib/reader/html/outline';
import type { OutlineEntry } from '@/lib/reader/outline';
import { ServerHtml } from './server-html';

/** The release's outline (lib/reader/html/outline.ts), sent once as HTML. */
export async function Outline({ entries, zhLang }: { entries: OutlineEntry[]; zhLang: string }) {
  const t = await getTranslations('ReaderPage');
  if (entries.length === 0) return null;
  return <ServerHtml html={outlineHtml(entries, { zhLang, label: t('outline') })} />;
}
