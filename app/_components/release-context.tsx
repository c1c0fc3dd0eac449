import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { convert } from '@/lib/chinese/convert';
import type { Script } from '@/lib/core/text';
import { shownForms, type ReleaseView } from '@/lib/reader/view';
import type { ReleaseContext as Context } from '@/lib/server/views/release-context';

/** Where the release sits in the library: the terms new since its issuer's previous release, and related releases. */
export async function ReleaseContext({
  view,
  context,
  script,
  zhLang,
  termHref,
}: {
  view: ReleaseView;
  context: Context;
  script: Script;
  zhLang: string;
  termHref: (key: string) => string;
}) {
  const t = await getTranslations('ReleaseContext');
  const forms = shownForms(view);
  const { fresh, related } = context;
  if (!fresh && !related.length) return null;
  const inScript = (r: { title: { zh: string }; sourceScript: 'hans' | 'hant' }) => convert(r.title.zh, r.sourceScript, script);
  return (
    <aside className="release-context" aria-labelledby="context-heading">
      <h2 id="context-heading">{t('heading')}</h2>
      {fresh && (
        <section id="new-terms" aria-labelledby="new-terms-heading">
          <h3 id="new-terms-heading">{t('newTerms', { count: fresh.terms.length })}</h3>
          <p>
            {t('comparedWith')}{' '}
            <Link href={{ pathname: `/releases/${fresh.previous.slug}`, query: { script } }}>
              <span lang={zhLang}>{inScript(fresh.previous)}</span>
            </Link>{' '}
            (<time dateTime={fresh.previous.date}>{fresh.previous.date}</time>)
          </p>
          {fresh.terms.length > 0 && (
            <ul className="term-chips">
              {fresh.terms.map((key) => (
                <li key={key}>
                  <a href={termHref(key)} lang={zhLang}>
                    {forms.get(key) ?? convert(key, 'hans', script)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h3 id="related-heading">{t('related')}</h3>
          <ul className="related">
            {related.map(({ release, shared }) => (
              <li key={release.slug}>
                <Link href={{ pathname: `/releases/${release.slug}`, query: { script } }}>
                  <span lang={zhLang}>{inScript(release)}</span>
                </Link>{' '}
                <span lang="en" className="muted">
                  {release.title.en}
                </span>{' '}
                · <time dateTime={release.date}>{release.date}</time> · {t('shared', { count: shared.length })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
