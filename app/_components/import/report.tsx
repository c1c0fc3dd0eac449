import { getTranslations } from 'next-intl/server';
import { SEGMENT_KINDS } from '@/lib/core/text';
import type { ImportReport } from '@/lib/drafts/report';
import styles from './import.module.css';

type Located = { line: number; column: number };

// The report quotes the file as it was scraped, in its own script (the draft may be converted back).
const LANG: Record<ImportReport['script']['script'], string> = { hans: 'zh-Hans', hant: 'zh-Hant', mixed: 'zh', undetermined: 'zh' };

/** The importer's report: how the file was read, what it holds, and each cleaning step with where it was made. */
export async function ImportReportView({ report }: { report: ImportReport }) {
  const t = await getTranslations('Import');
  const lang = LANG[report.script.script];
  const at = (p: Located) => t('at', { line: p.line, column: p.column });
  const { encoding, cleaning, structure } = report;
  const each = <T extends Located>(items: T[], show: (item: T) => React.ReactNode) =>
    items.length > 0 && (
      <details className={styles.each}>
        <summary>{t('showEach')}</summary>
        <ol>
          {items.map((item, i) => (
            <li key={i}>
              {at(item)}: {show(item)}
            </li>
          ))}
        </ol>
      </details>
    );
  return (
    <section aria-labelledby="report-heading" className={styles.panel}>
      <h2 id="report-heading">{t('reportHeading')}</h2>
      <dl className={styles.reportFacts}>
        <dt>{t('encoding')}</dt>
        <dd>{t('encodingValue', { encoding: encoding.encoding, method: t(`method.${encoding.method}`), confidence: encoding.confidence })}</dd>
        <dt>{t('format')}</dt>
        <dd>{t('formatValue', { format: report.format, bytes: report.bytes })}</dd>
        <dt>{t('script')}</dt>
        <dd>
          {t('scriptValue', {
            script: t(`scripts.${report.script.script}`),
            hant: report.script.hant,
            hans: report.script.hans,
            stored: t(`scripts.${report.script.sourceScript}`),
          })}
        </dd>
        {report.script.conversion && (
          <>
            <dt>{t('conversion')}</dt>
            <dd>
              {t.rich('conversionValue', {
                words: report.script.conversion.naive.map((e) => `${e.word}${e.standard ? `→${e.standard}` : ''} ×${e.count}`).join('，'),
                zh: (chunks) => <span lang={lang}>{chunks}</span>,
              })}
            </dd>
          </>
        )}
        <dt>{t('foundTitle')}</dt>
        <dd lang={report.title ? lang : undefined}>{report.title ?? t('noneFound')}</dd>
        <dt>{t('foundDate')}</dt>
        <dd>
          {report.date && report.dateFound
            ? t.rich('dateValue', { date: report.date, text: report.dateFound.text, zh: (chunks) => <span lang={lang}>{chunks}</span> })
            : t('noneFound')}
        </dd>
        <dt>{t('foundIssuer')}</dt>
        <dd lang={report.issuer ? lang : undefined}>{report.issuer ?? t('noneFound')}</dd>
        {report.kind && (
          <>
            <dt>{t('kindGuess')}</dt>
            <dd>{t('guessValue', { value: t(`releaseKinds.${report.kind.value}`), evidence: report.kind.evidence.join('; ') })}</dd>
          </>
        )}
        {report.region && (
          <>
            <dt>{t('regionGuess')}</dt>
            <dd>{t('guessValue', { value: t(`regions.${report.region.value}`), evidence: report.region.evidence.join('; ') })}</dd>
          </>
        )}
        <dt>{t('structure')}</dt>
        <dd>
          {t('structureValue', { paragraphs: report.paragraphs, segments: structure.segments })}
          <ul className={styles.inline}>
            {SEGMENT_KINDS.filter((k) => structure.kinds[k]).map((k) => (
              <li key={k}>{t('kindCount', { kind: t(`segmentKinds.${k}`), count: structure.kinds[k]! })}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('speakers')}</dt>
        <dd>
          {structure.speakers.length ? (
            <ul className={styles.inline}>
              {structure.speakers.map((s) => (
                <li key={s.key}>
                  <code>{s.key}</code> <span lang={lang}>{s.zh}</span>
                </li>
              ))}
            </ul>
          ) : (
            t('noSpeakers')
          )}
        </dd>
      </dl>
      <h3>{t('cleaning')}</h3>
      <ul className={styles.steps}>
        <li>
          {t('annotations', { count: cleaning.annotations.length })}
          {each(cleaning.annotations, (a) => (
            <span lang="zh-Latn">{a.removed}</span>
          ))}
        </li>
        <li>
          {t('punctuation', { count: cleaning.punctuation.length })}
          {each(cleaning.punctuation, (p) => (
            <code>
              {p.before} → {p.after}
            </code>
          ))}
        </li>
        <li>
          {t('boilerplate', { count: cleaning.boilerplate.length })}
          {each(cleaning.boilerplate, (b) => (
            <>
              <span lang={lang}>{b.text}</span> ({t('byRule', { rule: b.rule })})
            </>
          ))}
        </li>
        {cleaning.invisible > 0 && <li>{t('invisible', { count: cleaning.invisible })}</li>}
      </ul>
    </section>
  );
}
