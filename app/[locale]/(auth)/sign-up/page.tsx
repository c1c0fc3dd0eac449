import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { AuthPage } from '../auth-page';

export async function generateMetadata({ params }: PageProps<'/[locale]/sign-up'>) {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Auth' });
  return { title: t('signUpTitle'), robots: { index: false } };
}

export default async function SignUpPage({ params, searchParams }: PageProps<'/[locale]/sign-up'>) {
  const [{ locale }, { next }] = await Promise.all([params, searchParams]);
  return <AuthPage mode="sign-up" locale={locale as Locale} nextParam={next} />;
}
