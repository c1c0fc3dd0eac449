'use client';

import type { FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { usePathname, useSearchParams } from 'next/navigation';
import { Link } from '@/i18n/navigation';
import { signOut } from '@/app/[locale]/(auth)/actions';
import { useViewer, type ClientViewer } from './viewer';
import styles from './account-menu.module.css';

const AUTH_PAGE = /^\/[^/]+\/sign-(in|up)(\/|$)/;

/**
 * Sign in / sign up links for a reader without a session, the display name and a sign-out button
 * for one with: known from the server (`initial`), or, on a page cached for everyone, asked in the
 * browser, the menu's place empty until then. Every control carries the current page (`next`).
 */
export function AccountMenu({ initial }: { initial?: ClientViewer }) {
  const t = useTranslations('AccountMenu');
  const tImport = useTranslations('Import');
  const locale = useLocale();
  const fetched = useViewer(initial === undefined);
  const viewer = initial !== undefined ? initial : fetched;
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const here = `${pathname}${search ? `?${search}` : ''}`;
  // With JavaScript, sign out through the API and load the page afresh: every component that knew
  // the reader forgets them. Without it, the form's server action does the same.
  const signOutHere = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = { method: 'POST', credentials: 'same-origin' as const, headers: { 'content-type': 'application/json' }, body: '{}' };
    void fetch('/api/auth/sign-out', request).finally(() => window.location.reload());
  };
  // On the sign-in and sign-up pages `next` is theirs to pass on; the links there go nowhere new.
  const query = AUTH_PAGE.test(pathname) ? {} : { next: here };
  return (
    <nav aria-label={t('label')} className={styles.menu} aria-busy={viewer === undefined}>
      {viewer === undefined ? (
        // Without JavaScript the page cannot learn who is reading: the links are always offered.
        <noscript>
          <Link href={{ pathname: '/sign-in', query }}>{t('signIn')}</Link> <Link href={{ pathname: '/sign-up', query }}>{t('signUp')}</Link>
        </noscript>
      ) : viewer === null ? (
        <>
          <Link href={{ pathname: '/sign-in', query }}>{t('signIn')}</Link>
          <Link href={{ pathname: '/sign-up', query }}>{t('signUp')}</Link>
        </>
      ) : (
        <>
          {viewer.role === 'editor' && <Link href="/import">{tImport('menuLink')}</Link>}
          <Link href="/account" className={styles.who}>
            {t.rich('signedInAs', { name: viewer.name, bdi: (chunks) => <bdi className={styles.name}>{chunks}</bdi> })}
          </Link>
          <form action={signOut} onSubmit={signOutHere}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="next" value={here} />
            <button type="submit" className={styles.button}>
              {t('signOut')}
            </button>
          </form>
        </>
      )}
    </nav>
  );
}
