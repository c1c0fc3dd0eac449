import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { currentViewer } from '@/lib/auth/current-viewer';
import { AccountMenu } from './account-menu';
import { LocaleSwitcher } from './locale-switcher';
import styles from './site-header.module.css';

export async function SiteHeader() {
  const [t, viewer] = await Promise.all([getTranslations('Site'), currentViewer()]);
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
      </nav>
      <div className={styles.tools}>
        <nav aria-label={t('language')}>
          <Suspense fallback={null}>
            <LocaleSwitcher />
          </Suspense>
        </nav>
        <Suspense fallback={null}>
          <AccountMenu name={viewer?.name ?? null} />
        </Suspense>
      </div>
    </header>
  );
}
