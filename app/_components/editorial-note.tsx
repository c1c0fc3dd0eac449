import { getTranslations } from 'next-intl/server';
import { SCRIPT_LANG } from '@/lib/core/text';
import type { LocalizedRelease } from '@/lib/reader/localize';

/** What the editors did to the source: readers who quote the text need to know. */
export async function EditorialNote({ release }: { release: Pick<LocalizedRelease, 'sourceScript' | 'editorialNote' | 'repairs' | 'sourceUrl'> }) {
  // Repairs quote the source as it was, in its own script.
  const zhLang = SCRIPT_LANG[release.sourceScript];
  const t = await getTranslations('ReaderPage');
  if (!release.editorialNote && release.repairs.length === 0) return null;
  return (
    <aside className="editorial" aria-labelledby="editorial-heading">
      <h2 id="editorial-heading">{t('editorial')}</h2>
      {release.editorialNote && <p lang="en">{release.editorialNote}</p>}
      {release.repairs.length > 0 && (
        <>
          <h3>{t('repairs')}</h3>
          <ul className="repairs">
            {release.repairs.map((r, i) => (
              <li key={i}>
                {r.segment && <a href={`#p-${r.segment}`}>#{r.segment}</a>} {t('repairDamaged')}
                {t('colon')}
                <code lang={zhLang}>{r.damaged}</code> → {t('repairRestored')}
                {t('colon')}
                <q lang={zhLang}>{r.restored}</q>. <span lang="en">{r.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {release.sourceUrl && (
        <p>
          {t('source')}
          {t('colon')}
          <a href={release.sourceUrl}>{release.sourceUrl}</a>
        </p>
      )}
    </aside>
  );
}
