import { getTranslations } from 'next-intl/server';
import { SCRIPTS, type Script } from '@/lib/core/text';
import styles from './search.module.css';

/**
 * The search box and the script, as a plain GET form (works without JavaScript); `keep` holds the
 * filters the page carries, so a new query keeps them.
 */
export async function SearchForm({ action, q, script, keep }: { action: string; q: string; script: Script; keep: Record<string, string> }) {
  const [t, ts] = await Promise.all([getTranslations('Search'), getTranslations('ScriptSwitcher')]);
  return (
    <form method="get" action={action} role="search" className={styles.form}>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className={styles.query}>
        <span>{t('label')}</span>
        <input name="q" type="search" defaultValue={q} maxLength={200} autoComplete="off" />
      </label>
      <label className={styles.script}>
        <span>{ts('label')}</span>
        <select name="script" defaultValue={script}>
          {SCRIPTS.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
