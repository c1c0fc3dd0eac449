import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SCRIPTS, SCRIPT_LANG, type Script } from '@/lib/core/text';
import { ENGLISH_TRACKS, LAYOUTS, LOOKUP_MODES, PINYIN_MODES, readerQuery, SAVE_PARAM, TONE_MODES, type ReaderState } from '@/lib/reader/preferences';
import { Switcher } from './switcher';

// Each script is named in itself, as a reader of that script expects to find it.
const SCRIPT_LABEL: Record<Script, string> = { hans: '简体', hant: '繁體', tw: '臺灣正體', hk: '香港繁體' };

type Study = Pick<ReaderState, 'pinyin' | 'tones' | 'lookup'>;

/** Plain links to the page's canonical URL with one choice changed; `save` keeps the choice for the next release too. */
export async function ReaderToolbar({ slug, state }: { slug: string; state: ReaderState }) {
  const [ts, tl, tst, tr, locale] = await Promise.all([
    getTranslations('ScriptSwitcher'),
    getTranslations('LayoutSwitcher'),
    getTranslations('Study'),
    getTranslations('ReaderPage'),
    getLocale(),
  ]);
  const href = (change: Partial<ReaderState>) => {
    const next = { ...state, ...change };
    if (next.script !== 'tw') next.wording = 'standard';
    return getPathname({ href: { pathname: `/releases/${slug}`, query: { ...readerQuery(next), [SAVE_PARAM]: '1' } }, locale: locale as Locale });
  };
  // Study labels are looked up by value; every value has one in messages (tests/messages.test.ts).
  const label = (key: string) => tst(key as 'label');
  const studySwitcher = <K extends keyof Study>(name: K, values: readonly Study[K][]) => (
    <Switcher
      group
      label={label(name)}
      options={values.map((v) => ({
        key: v,
        href: href({ [name]: v }),
        label: label(v),
        current: v === state[name],
        title: tst.has(`${v}Hint` as 'label') ? label(`${v}Hint`) : undefined,
      }))}
    />
  );
  return (
    <>
      <div className="toolbar">
        <Switcher
          label={ts('label')}
          options={[
            ...SCRIPTS.map((s) => ({
              key: s,
              href: href({ script: s, wording: 'standard' }),
              label: SCRIPT_LABEL[s],
              lang: SCRIPT_LANG[s],
              title: ts(s),
              current: s === state.script && state.wording === 'standard',
            })),
            { key: 'wording', href: href({ script: 'tw', wording: 'tw' }), label: ts('wording'), title: ts('wordingHint'), current: state.wording === 'tw' },
          ]}
        />
        <Switcher
          className="layout-switcher"
          label={tl('label')}
          options={LAYOUTS.map((l) => ({ key: l, href: href({ layout: l }), label: tl(l), current: l === state.layout }))}
        />
        {state.english && (
          <Switcher
            label={tr('englishTrack')}
            options={ENGLISH_TRACKS.map((e) => {
              const name = e === 'official' ? 'trackOfficial' : 'trackDuizhao';
              return { key: e, href: href({ english: e }), label: tr(name), title: tr(`${name}Hint`), current: e === state.english };
            })}
          />
        )}
        {state.wording === 'tw' && (
          <p className="wording-note" role="status">
            {ts('wordingOn')}
          </p>
        )}
      </div>
      {/* Outside the sticky toolbar: an open study panel would cover too much of the text. */}
      <details className="study-menu" open={state.pinyin !== 'off' || state.lookup === 'on'}>
        <summary>{tst('label')}</summary>
        <nav aria-label={tst('label')} className="study-switchers">
          {studySwitcher('pinyin', PINYIN_MODES)}
          {state.pinyin !== 'off' && studySwitcher('tones', TONE_MODES)}
          {studySwitcher('lookup', LOOKUP_MODES)}
          <a href={getPathname({ href: { pathname: `/releases/${slug}/vocabulary`, query: { script: state.script } }, locale: locale as Locale })} className="vocabulary-link">
            {tst('vocabulary')}
          </a>
        </nav>
      </details>
    </>
  );
}
