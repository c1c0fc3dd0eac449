'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

/** Each language is named in itself. Keeps the reader on the same page, script and layout (the query string travels along). */
export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  const current = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  return (
    <ul className="locale-switcher" aria-label={t('label')}>
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link href={{ pathname, query }} locale={locale} lang={locale} hrefLang={locale} aria-current={locale === current ? 'true' : undefined} aria-label={t(locale)}>
            {/* Phones show the short name (EN, 简, 繁); the link's name stays the full one. */}
            <span className="long">{t(locale)}</span>
            <span className="short" aria-hidden="true">
              {t(`${locale}Short`)}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
