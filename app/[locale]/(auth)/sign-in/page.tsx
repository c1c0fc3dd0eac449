import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { AuthPage } from '../auth-page';

export async function generateMetadata({ params }: PageProps<'/[locale]/sign-in'>) {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Auth' });
  return { title: t('signInTitle'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/sign-in'>) {
  const [{ locale }, { next, registered }] = await Promise.all([params, searchParams]);
  return <AuthPage mode="sign-in" locale={locale as Locale} nextParam={next} registered={registered === '1'} />;
}
