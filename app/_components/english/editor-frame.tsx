import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import styles from './english.module.css';

type Props = { slug: string; title: { zh: string; en: string }; zhLang: string; current: 'official' | 'translate'; heading: string; children: ReactNode };

/** The frame of both English editor pages: the release named in both languages, the two tabs, the way back to the reader. */
export async function EditorFrame({ slug, title, zhLang, current, heading, children }: Props) {
  const t = await getTranslations('English');
  const tabs = [
    { key: 'official', href: `/releases/${slug}/english`, label: t('tabOfficial') },
    { key: 'translate', href: `/releases/${slug}/translate`, label: t('tabTranslate') },
  ] as const;
  return (
    <div className="page">
      <header className={styles.head}>
        <p className={styles.releaseTitle}>
          <span lang={zhLang}>{title.zh}</span> · <span lang="en">{title.en}</span>
        </p>
        <h1>{heading}</h1>
        <nav className={styles.tabs} aria-label={t('editorNav')}>
          <ul>
            {tabs.map((tab) => (
              <li key={tab.key}>
                <Link href={tab.href} aria-current={tab.key === current ? 'page' : undefined}>
                  {tab.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href={`/releases/${slug}`}>{t('backToReader')}</Link>
            </li>
          </ul>
        </nav>
      </header>
      {children}
    </div>
  );
}
