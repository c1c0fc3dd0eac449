import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { Switcher } from './switcher';
import { SCRIPTS, SCRIPT_LANG, type Script, type Wording } from '@/lib/core/text';
import { LAYOUTS, LOOKUP_MODES, PINYIN_MODES, TONE_MODES, type Choice, type Layout } from '@/lib/reader/preferences';

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
    <Switcher
      group
      label={label(name)}
      options={values.map((v) => ({
        key: v,
        href: href({ [name]: v, ...keepWording }),
        label: label(v),
        current: v === study[name],
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
            ...SCRIPTS.map((s) => ({ key: s, href: href({ script: s }), label: SCRIPT_LABEL[s], lang: SCRIPT_LANG[s], title: ts(s), current: s === script && wording === 'standard' })),
            { key: 'wording', href: href({ script: 'tw', wording: 'tw' }), label: ts('wording'), title: ts('wordingHint'), current: wording === 'tw' },
          ]}
        />
        <Switcher label={tl('label')} options={LAYOUTS.map((l) => ({ key: l, href: href({ layout: l, ...keepWording }), label: tl(l), current: l === layout }))} />
        {wording === 'tw' && (
          <p className="wording-note" role="status">
            {ts('wordingOn')}
          </p>
        )}
      </div>
      {/* Outside the sticky toolbar: an open study panel would cover too much of the text. */}
      <details className="study-menu" open={study.pinyin !== 'off' || study.lookup === 'on'}>
        <summary>{tst('label')}</summary>
        <nav aria-label={tst('label')} className="study-switchers">
          {studySwitcher('pinyin', PINYIN_MODES)}
          {study.pinyin !== 'off' && studySwitcher('tones', TONE_MODES)}
          {studySwitcher('lookup', LOOKUP_MODES)}
          <Link prefetch={false} href={{ pathname: `/releases/${slug}/vocabulary`, query: { script } }} className="vocabulary-link">
            {tst('vocabulary')}
          </Link>
        </nav>
      </details>
    </>
  );
}
