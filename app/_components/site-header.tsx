import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { Link } from '@/i18n/navigation';
import { getViewer } from '@/lib/auth/viewer';
import { AccountMenu } from './account-menu';
import { LocaleSwitcher } from './locale-switcher';
import styles from './site-header.module.css';

export async function SiteHeader() {
  const [t, viewer] = await Promise.all([getTranslations('Site'), headers().then(getViewer)]);
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <span lang="zh-Hant" className="brand-mark">
          對照
        </span>{' '}
        <span lang="en">Duizhao</span>
      </Link>
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
