import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SCRIPTS, SCRIPT_LANG, type Script } from '@/lib/core/text';
import { ENGLISH_TRACKS, LAYOUTS, LOOKUP_MODES, PINYIN_MODES, readerQuery, SAVE_PARAM, TONE_MODES, type ReaderState } from '@/lib/reader/preferences';
import { attr, markup } from '@/lib/core/markup';
import { switcherHtml } from '@/lib/reader/html/switcher';
import { ServerHtml } from './server-html';

// Each script is named in itself, as a reader of that script expects to find it.
const SCRIPT_LABEL: Record<Script, string> = { hans: '简体', hant: '繁體', tw: '臺灣正體', hk: '香港繁體' };

type Study = Pick<ReaderState, 'pinyin' | 'tones' | 'lookup'>;

/** Plain links (sent once as HTML, see ServerHtml) to the page's canonical URL with one choice changed; `save` keeps the choice for the next release too. */
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
  const studySwitcher = <K extends keyof Study>(name: K, values: readonly Study[K][]) =>
    switcherHtml({
      group: true,
      label: label(name),
      options: values.map((v) => ({
        key: v,
        href: href({ [name]: v }),
        label: label(v),
        current: v === state[name],
        title: tst.has(`${v}Hint` as 'label') ? label(`${v}Hint`) : undefined,
      })),
    });
  const scripts = switcherHtml({
    label: ts('label'),
    options: [
      ...SCRIPTS.map((s) => ({
        key: s,
        href: href({ script: s, wording: 'standard' }),
        label: SCRIPT_LABEL[s],
        lang: SCRIPT_LANG[s],
        title: ts(s),
        current: s === state.script && state.wording === 'standard',
      })),
      { key: 'wording', href: href({ script: 'tw', wording: 'tw' }), label: ts('wording'), title: ts('wordingHint'), current: state.wording === 'tw' },
    ],
  });
  const layouts = switcherHtml({
    className: 'layout-switcher',
    label: tl('label'),
    options: LAYOUTS.map((l) => ({ key: l, href: href({ layout: l }), label: tl(l), current: l === state.layout })),
  });
  const english =
    state.english &&
    switcherHtml({
      label: tr('englishTrack'),
      options: ENGLISH_TRACKS.map((e) => {
        const name = e === 'official' ? 'trackOfficial' : 'trackDuizhao';
        return { key: e, href: href({ english: e }), label: tr(name), title: tr(`${name}Hint`), current: e === state.english };
      }),
    });
  const wording = state.wording === 'tw' && markup`<p class="wording-note" role="status">${ts('wordingOn')}</p>`;
  const vocabulary = getPathname({ href: { pathname: `/releases/${slug}/vocabulary`, query: { script: state.script } }, locale: locale as Locale });
  const switchers = [studySwitcher('pinyin', PINYIN_MODES), state.pinyin !== 'off' && studySwitcher('tones', TONE_MODES), studySwitcher('lookup', LOOKUP_MODES)];
  // Outside the sticky toolbar: an open study panel would cover too much of the text.
  const study = markup`<details class="study-menu"${attr('open', state.pinyin !== 'off' || state.lookup === 'on')}><summary>${tst('label')}</summary><nav aria-label="${tst('label')}" class="study-switchers">${switchers}<a href="${vocabulary}" class="vocabulary-link">${tst('vocabulary')}</a></nav></details>`;
  // The toolbar's own element is the block's, so it stays sticky within the article.
  return (
    <>
      <ServerHtml className="toolbar" html={markup`${scripts}${layouts}${english}${wording}`.text} />
      <ServerHtml html={study.text} />
    </>
  );
}
