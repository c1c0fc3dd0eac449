import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** What a signed-in reader without the editor role gets at /import, with a 403. */
export default async function ImportForbidden() {
  const t = await getTranslations('Import');
  return (
    <div className="page narrow">
      <h1>{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <p>
        <Link href="/">{t('forbiddenBack')}</Link>
      </p>
    </div>
  );
}
