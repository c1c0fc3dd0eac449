import type { useTranslations } from 'next-intl';

type Issue = { kind: 'missing' | 'changed'; figure: { text: string }; english?: { text: string } };

/** A figures-check issue in the UI's language (the check's own messages are English). */
export const figureMessage = (t: ReturnType<typeof useTranslations<'English'>>, issue: Issue) =>
  issue.kind === 'changed' && issue.english ? t('figureChanged', { figure: issue.figure.text, english: issue.english.text }) : t('figureMissing', { figure: issue.figure.text });
