import { getFormatter, getLocale } from 'next-intl/server';
import type { Script } from '@/lib/core/text';
import { segmentPermalink } from '@/lib/search/params';
import type { SearchHit as Hit } from '@/lib/server/search';
import { MarkedText } from './marked-text';
import styles from './search.module.css';

/** One matching passage: its Chinese in the reader's script and its English, matches marked, and where it stands. */
export async function SearchHit({ hit, script, zhLang }: { hit: Hit; script: Script; zhLang: string }) {
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  return (
    <li className={styles.hit}>
      <p className={styles.zh} lang={zhLang}>
        <MarkedText text={hit.zh} spans={hit.highlights.zh} />
      </p>
      {hit.en && (
        <p className={styles.en} lang="en">
          <MarkedText text={hit.en} spans={hit.highlights.en} />
        </p>
      )}
      <p className={styles.source}>
        <a href={segmentPermalink(locale, hit.slug, script, hit.segmentId)}>
          <span lang={zhLang}>{hit.title.zh}</span> <span className={styles.segment}>#{hit.segmentId}</span>
        </a>
        <span lang="en" className={styles.titleEn}>
          {hit.title.en}
        </span>
        <span className={styles.meta}>
          <time dateTime={hit.date}>{format.dateTime(new Date(hit.date), { dateStyle: 'medium', timeZone: 'UTC' })}</time>
          {' · '}
          <span lang={zhLang}>{hit.issuer.zh}</span> · <span lang="en">{hit.issuer.en}</span>
        </span>
      </p>
    </li>
  );
}
