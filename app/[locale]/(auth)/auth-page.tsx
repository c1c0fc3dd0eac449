import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { Link } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { safeNextPath } from '@/lib/auth/next-path';
import { getViewer } from '@/lib/server/auth/viewer';
import { CredentialsForm } from './credentials-form';
import styles from './auth.module.css';

type Props = { mode: 'sign-in' | 'sign-up'; locale: Locale; nextParam: string | string[] | undefined; registered?: boolean };

/** The sign-in or sign-up page; someone already signed in goes straight on to `next`. */
export async function AuthPage({ mode, locale, nextParam, registered = false }: Props) {
  setRequestLocale(locale);
  const next = safeNextPath(Array.isArray(nextParam) ? nextParam[0] : nextParam, routing.locales);
  if (await getViewer(await headers())) redirect(next ?? `/${locale}`);
  const [t, messages] = await Promise.all([getTranslations('Auth'), getMessages()]);
  const other = { pathname: mode === 'sign-in' ? '/sign-up' : '/sign-in', query: next ? { next } : {} };
  return (
    <div className="page narrow">
      <h1>{mode === 'sign-in' ? t('signInTitle') : t('signUpTitle')}</h1>
      <p className="lede">{mode === 'sign-in' ? t('signInIntro') : t('signUpIntro')}</p>
      {registered && mode === 'sign-in' && (
        <p role="status" className={styles.notice}>
          {t('registered')}
        </p>
      )}
      {/* The form's strings come with it, not with every page's layout. */}
      <NextIntlClientProvider messages={{ Auth: messages.Auth }}>
        <CredentialsForm mode={mode} locale={locale} next={next} />
      </NextIntlClientProvider>
      <p className={styles.switch}>
        {mode === 'sign-in' ? t('noAccount') : t('haveAccount')} <Link href={other}>{mode === 'sign-in' ? t('signUpLink') : t('signInLink')}</Link>
      </p>
    </div>
  );
}
