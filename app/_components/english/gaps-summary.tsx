import { useTranslations } from 'next-intl';
import type { Gaps } from '@/lib/align/gaps';
import { TITLE_SEGMENT } from '@/lib/english/title';
import styles from './english.module.css';

// What a reviewer checks first: the Chinese the English leaves out, the English it adds, and the
// links whose figures disagree, each pointing at its link.

type Props = { gaps: Gaps; links: readonly { zh: string[]; en: number[] }[]; anchor: (link: number) => string };

export function GapsSummary({ gaps, links, anchor }: Props) {
  const t = useTranslations('English');
  const linkOf = (has: (l: { zh: string[]; en: number[] }) => boolean) => links.findIndex(has);
  const rows = [
    {
      key: 'omitted',
      label: t('gapsOmitted'),
      items: gaps.omitted.map((id) => ({ link: linkOf((l) => l.zh.includes(id)), label: id === TITLE_SEGMENT ? t('headline') : t('segment', { id }) })),
    },
    { key: 'added', label: t('gapsAdded'), items: gaps.added.map((p) => ({ link: linkOf((l) => l.en.includes(p)), label: t('paragraph', { n: p + 1 }) })) },
    { key: 'figures', label: t('gapsFigures'), items: gaps.figures.map((f) => ({ link: f.link, label: t('linkLabel', { n: f.link + 1 }) })) },
  ].filter((row) => row.items.length);
  return (
    <div className={styles.gaps}>
      <h3>{t('gapsHeading')}</h3>
      {rows.length === 0 ? (
        <p>{t('gapsNone')}</p>
      ) : (
        <dl>
          {rows.map((row) => (
            <div key={row.key}>
              <dt>{row.label}</dt>
              <dd>
                <ul className={styles.inline}>
                  {row.items.map((item) => (
                    <li key={`${item.link}-${item.label}`}>
                      <a href={`#${anchor(item.link)}`}>{item.label}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
