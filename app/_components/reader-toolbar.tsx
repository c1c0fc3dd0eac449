import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { SCRIPTS, SCRIPT_LANG, type Script } from '@/lib/chinese/scripts';
import { LAYOUTS, LOOKUP_MODES, PINYIN_MODES, TONE_MODES, type Choice, type Layout, type Wording } from '@/lib/reader/preferences';

// Each script is named in itself, as a reader of that script expects to find it.
const SCRIPT_LABEL: Record<Script, string> = { hans: '简体', hant: '繁體', tw: '臺灣正體', hk: '香港繁體' };

type Study = { pinyin: Choice<'pinyin'>; tones: Choice<'tones'>; lookup: Choice<'lookup'> };
type Props = { slug: string; script: Script; layout: Layout; wording: Wording; study: Study };

/** Plain links, so switching works without JavaScript and every view has its own URL. */
export async function ReaderToolbar({ slug, script, layout, wording, study }: Props) {
  const [ts, tl, tst] = await Promise.all([getTranslations('ScriptSwitcher'), getTranslations('LayoutSwitcher'), getTranslations('Study')]);
  const href = (query: Record<string, string>) => ({ pathname: `/releases/${slug}`, query: { script, layout, ...query } });
  const keepWording: Record<string, string> = wording === 'tw' ? { wording } : {};
  // Study labels are looked up by value; every value has one in messages (tests/messages.test.ts).
  const label = (key: string) => tst(key as 'label');
  // One switcher per study choice; each link sets only its own choice (the others are saved).
  const studySwitcher = <K extends keyof Study>(name: K, values: readonly Study[K][]) => (
    <div className="switcher" role="group" aria-labelledby={`study-${name}`}>
      <span className="switcher-label" id={`study-${name}`}>
        {label(name)}
      </span>
      <ul>
        {values.map((v) => (
          <li key={v}>
            <Link prefetch={false} href={href({ [name]: v, ...keepWording })} title={tst.has(`${v}Hint` as 'label') ? label(`${v}Hint`) : undefined} aria-current={v === study[name] ? 'true' : undefined}>
              {label(v)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <div className="toolbar">
      <nav aria-label={ts('label')} className="switcher">
        <span className="switcher-label" aria-hidden="true">
          {ts('label')}
        </span>
        <ul>
          {SCRIPTS.map((s) => (
            <li key={s}>
              <Link prefetch={false} href={href({ script: s })} lang={SCRIPT_LANG[s]} title={ts(s)} aria-current={s === script && wording === 'standard' ? 'true' : undefined}>
                {SCRIPT_LABEL[s]}
              </Link>
            </li>
          ))}
          <li>
            <Link prefetch={false} href={href({ script: 'tw', wording: 'tw' })} title={ts('wordingHint')} aria-current={wording === 'tw' ? 'true' : undefined}>
              {ts('wording')}
            </Link>
          </li>
        </ul>
      </nav>
      <nav aria-label={tl('label')} className="switcher">
        <span className="switcher-label" aria-hidden="true">
          {tl('label')}
        </span>
        <ul>
          {LAYOUTS.map((l) => (
            <li key={l}>
              <Link prefetch={false} href={href({ layout: l, ...keepWording })} aria-current={l === layout ? 'true' : undefined}>
                {tl(l)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <details className="study-menu" open={study.pinyin !== 'off' || study.lookup === 'on'}>
        <summary>{tst('label')}</summary>
        <nav aria-label={tst('label')} className="study-switchers">
          {studySwitcher('pinyin', PINYIN_MODES)}
          {study.pinyin !== 'off' && studySwitcher('tones', TONE_MODES)}
          {studySwitcher('lookup', LOOKUP_MODES)}
          <Link prefetch={false} href={`/releases/${slug}/vocabulary?script=${script}`} className="vocabulary-link">
            {tst('vocabulary')}
          </Link>
        </nav>
      </details>
      {wording === 'tw' && (
        <p className="wording-note" role="status">
          {ts('wordingOn')}
        </p>
      )}
    </div>
  );
}
