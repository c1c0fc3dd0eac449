import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { convert } from '@/lib/chinese/convert';
import type { Script } from '@/lib/core/text';
import { iriSegment } from '@/lib/http/path';
import styles from './search.module.css';

/** The glossary terms a pinyin query reads as, each linking to its entry in the reader's script. */
export async function GlossaryTerms({ q, terms, script, zhLang }: { q: string; terms: readonly { key: string; pinyin: string }[]; script: Script; zhLang: string }) {
  if (!terms.length) return null;
  const t = await getTranslations('Search');
  return (
    <section aria-labelledby="search-terms" className={styles.terms}>
      <h2 id="search-terms">{t('terms', { q })}</h2>
      <ul>
        {terms.map((term) => (
          <li key={term.key}>
            <Link href={`/glossary/${iriSegment(term.key)}?script=${script}`}>
              <span lang={zhLang}>{convert(term.key, 'hans', script)}</span> <span className="pinyin">{term.pinyin}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
