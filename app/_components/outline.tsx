import { getTranslations } from 'next-intl/server';
import type { OutlineEntry } from '@/lib/reader/outline';

/** The release's parts, collapsed so the page opens on the text: headings, and questions by topic and asker. */
export async function Outline({ entries, zhLang }: { entries: OutlineEntry[]; zhLang: string }) {
  const t = await getTranslations('ReaderPage');
  if (entries.length === 0) return null;
  return (
    <details className="outline">
      <summary>
        {t('outline')} <span className="outline-count">({entries.length})</span>
      </summary>
      <nav aria-label={t('outline')}>
        <ol>
          {entries.map((e) => (
            <li key={e.id} className={`outline-${e.kind}`}>
              <a href={`#p-${e.id}`}>
                <span lang={zhLang}>{e.zh}</span>
                {e.en && (
                  <span lang="en" className="outline-en">
                    {e.en}
                  </span>
                )}
                {e.asker && (
                  <span className="outline-asker">
                    <span lang={zhLang}>{e.asker.zh}</span> · <span lang="en">{e.asker.en}</span>
                  </span>
                )}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
