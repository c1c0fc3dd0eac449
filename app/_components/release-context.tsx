import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { convert } from '@/lib/chinese/convert';
import type { Script } from '@/lib/core/text';
import { releaseContextHtml } from '@/lib/reader/html/release-context';
import { shownForms, type ReleaseView } from '@/lib/reader/view';
import type { ReleaseContext as Context } from '@/lib/server/views/release-context';
import { ServerHtml } from './server-html';

type Release = { slug: string; date: string; title: { zh: string }; sourceScript: 'hans' | 'hant' };

/** Where the release sits in the library: the terms new since its issuer's previous release, and related releases (sent once as HTML). */
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
  const [t, locale] = await Promise.all([getTranslations('ReleaseContext'), getLocale()]);
  const forms = shownForms(view);
  const { fresh, related } = context;
  // Plain links: a reader page is a full page load anyway (its rows come as HTML).
  const linked = (r: Release) => ({
    href: getPathname({ href: { pathname: `/releases/${r.slug}`, query: { script } }, locale: locale as Locale }),
    zh: convert(r.title.zh, r.sourceScript, script),
    date: r.date,
  });
  const html = releaseContextHtml(
    {
      heading: t('heading'),
      fresh: fresh && {
        heading: t('newTerms', { count: fresh.terms.length }),
        comparedWith: t('comparedWith'),
        previous: linked(fresh.previous),
        terms: fresh.terms.map((key) => ({ href: termHref(key), text: forms.get(key) ?? convert(key, 'hans', script) })),
      },
      related: related.length
        ? { heading: t('related'), releases: related.map(({ release, shared }) => ({ ...linked(release), en: release.title.en, shared: t('shared', { count: shared.length }) })) }
        : null,
    },
    zhLang,
  );
  return html ? <ServerHtml html={html} /> : null;
}
