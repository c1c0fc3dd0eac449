import { getTranslations } from 'next-intl/server';
import type { OutlineEntry } from '@/lib/reader/outline';

export async function Outline({ entries, zhLang }: { entries: OutlineEntry[]; zhLang: string }) {
  const t = await getTranslations('ReaderPage');
  if (entries.length === 0) return null;
  return (
    <details className="outline" open>
      <summary>{t('outline')}</summary>
      <nav aria-label={t('outline')}>
        <ol>
          {entries.map((e) => (
            <li key={e.id} className={`outline-${e.kind}`}>
              <a href={`#p-${e.id}`}>
                <span lang={zhLang}>{e.zh}</span>
                <span lang="en" className="outline-en">
                  {e.en}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
