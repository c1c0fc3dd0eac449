import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { currentViewer } from '@/lib/server/auth/current-viewer';
import { listTokens } from '@/lib/server/auth/tokens';
import { AccountTokens } from '@/app/_components/account/tokens';
import { DeleteAccount } from '@/app/_components/account/delete-account';

export async function generateMetadata({ params }: PageProps<'/[locale]/account'>) {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Account' });
  return { title: t('title'), robots: { index: false } };
}

const LABELS = ['tokens', 'tokensIntro', 'tokenName', 'createToken', 'tokenCreated', 'noTokens', 'created', 'lastUsed', 'never', 'revoke', 'revoked', 'failed'] as const;
const DELETE_LABELS = ['delete', 'deleteIntro', 'password', 'deleteConfirm', 'deleted', 'failed'] as const;

/** The signed-in reader's account: name and email, API tokens, and deleting the account. */
export default async function AccountPage({ params }: PageProps<'/[locale]/account'>) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const viewer = await currentViewer();
  if (!viewer) redirect(`/${locale}/sign-in?${new URLSearchParams({ next: `/${locale}/account` })}`);
  const [t, tokens] = await Promise.all([getTranslations('Account'), listTokens(viewer.id)]);
  const labels = (keys: readonly (typeof LABELS)[number][] | readonly (typeof DELETE_LABELS)[number][]) => Object.fromEntries(keys.map((k) => [k, t(k)]));
  return (
    <div className="page narrow account">
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <dl className="account-facts">
        <dt>{t('name')}</dt>
        <dd>
          <bdi>{viewer.name}</bdi>
        </dd>
        <dt>{t('email')}</dt>
        <dd>{viewer.email}</dd>
      </dl>
      <AccountTokens initial={tokens} locale={locale} labels={labels(LABELS) as Record<(typeof LABELS)[number], string>} />
      <DeleteAccount home={`/${locale}`} labels={labels(DELETE_LABELS) as Record<(typeof DELETE_LABELS)[number], string>} />
    </div>
  );
}
