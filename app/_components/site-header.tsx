import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';

export async function SiteHeader() {
  const t = await getTranslations('Site');
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <span lang="zh-Hant" className="brand-mark">
          對照
        </span>{' '}
        <span lang="en">Duizhao</span>
      </Link>
      <nav aria-label={t('language')}>
        <Suspense fallback={null}>
          <LocaleSwitcher />
        </Suspense>
      </nav>
    </header>
  );
}
