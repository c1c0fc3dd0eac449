import { useTranslations } from 'next-intl';
import type { OfficialView } from '@/lib/english/official';
import { GapsSummary } from './gaps-summary';
import { LinkRow } from './link-row';
import styles from './english.module.css';

/** The official English as published: its source, title and every reviewed link with the gaps. */
export function PublishedOfficial({ official, chinese, zhLang }: { official: OfficialView | null; chinese: Record<string, string>; zhLang: string }) {
  const t = useTranslations('English');
  return (
    <section className={styles.section} aria-labelledby="published-heading">
      <h2 id="published-heading">{t('publishedHeading')}</h2>
      {!official ? (
        <p>{t('noPublished')}</p>
      ) : (
        <>
          <p>
            {t('publishedSource', { publisher: official.publisher.en })} ·{' '}
            <a href={official.url} rel="noreferrer">
              {t('openSource')}
            </a>
          </p>
          {official.title && (
            <p>
              <span className={styles.id}>{t('headline')}</span>
              <span lang="en">{official.title}</span>
            </p>
          )}
          <GapsSummary gaps={official.gaps} links={official.links} anchor={(i) => `published-link-${i}`} />
          <ol className={styles.links}>
            {official.links.map((link, i) => (
              <li key={i} id={`published-link-${i}`} className={styles.link} aria-labelledby={`published-link-${i}-name`}>
                <LinkRow
                  index={i}
                  nameId={`published-link-${i}-name`}
                  link={link}
                  chinese={chinese}
                  paragraphs={official.paragraphs}
                  figures={official.gaps.figures.find((f) => f.link === i)?.issues ?? []}
                  zhLang={zhLang}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
