import type { ComponentProps } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { pageWindow } from '@/lib/search/pages';
import styles from './search.module.css';

type Href = ComponentProps<typeof Link>['href'];

/** Previous, next and a window of page numbers as plain links (works without JavaScript); the current page marked. */
export async function Pagination({ label, page, pages, href }: { label: string; page: number; pages: number; href: (page: number) => Href }) {
  if (pages <= 1) return null;
  const t = await getTranslations('Search');
  return (
    <nav aria-label={label} className={`switcher ${styles.pager}`}>
      <ul>
        {page > 1 && (
          <li>
            <Link href={href(Math.min(page - 1, pages))} rel="prev">
              {t('previous')}
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Link href={href(n)} aria-current={n === page ? 'page' : undefined}>
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} rel="next">
              {t('next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
