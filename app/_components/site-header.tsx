import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { SHARED_VIEW_HEADER } from '@/lib/reader/shared-pages';
import { currentViewer } from '@/lib/server/auth/current-viewer';
import { Link } from '@/i18n/navigation';
import { AccountMenu } from './account-menu';
import { LocaleSwitcher } from './locale-switcher';
import styles from './site-header.module.css';

export async function SiteHeader() {
  const [t, ts, incoming] = await Promise.all([getTranslations('Site'), getTranslations('Search'), headers()]);
  // A page cached for everyone must hold no reader's name: there the browser asks who is signed in.
  const viewer = incoming.get(SHARED_VIEW_HEADER) === '1' ? undefined : await currentViewer();
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <span lang="zh-Hant" className="brand-mark">
          對照
        </span>{' '}
        <span lang="en">Duizhao</span>
      </Link>
      <nav aria-label={t('sections')} className="site-nav">
        <Link href="/">{t('library')}</Link>
        <Link href="/glossary">{t('glossary')}</Link>
        <Link href="/search">{ts('navLink')}</Link>
      </nav>
      <div className={styles.tools}>
        <nav aria-label={t('language')}>
          <Suspense fallback={null}>
            <LocaleSwitcher />
          </Suspense>
        </nav>
        <Suspense fallback={null}>
          <AccountMenu initial={viewer && { id: viewer.id, name: viewer.name, role: viewer.role }} />
        </Suspense>
      </div>
    </header>
  );
}
