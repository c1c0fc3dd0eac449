import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { SCRIPTS, SCRIPT_LANG, type Script } from '@/lib/chinese/scripts';
import { LAYOUTS, type Layout, type Wording } from '@/lib/reader/preferences';

// Each script is named in itself, as a reader of that script expects to find it.
const SCRIPT_LABEL: Record<Script, string> = { hans: '简体', hant: '繁體', tw: '臺灣正體', hk: '香港繁體' };

type Props = { slug: string; script: Script; layout: Layout; wording: Wording };

/** Plain links, so switching works without JavaScript and every view has its own URL. */
export async function ReaderToolbar({ slug, script, layout, wording }: Props) {
  const [ts, tl] = await Promise.all([getTranslations('ScriptSwitcher'), getTranslations('LayoutSwitcher')]);
  const href = (query: Record<string, string>) => ({ pathname: `/releases/${slug}`, query: { script, layout, ...query } });
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
              <Link prefetch={false} href={href({ layout: l, ...(wording === 'tw' ? { wording } : {}) })} aria-current={l === layout ? 'true' : undefined}>
                {tl(l)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {wording === 'tw' && (
        <p className="wording-note" role="status">
          {ts('wordingOn')}
        </p>
      )}
    </div>
  );
}
