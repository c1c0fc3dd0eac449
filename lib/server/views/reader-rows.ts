import 'server-only';
import { rowsHtml, type RowOptions } from '@/lib/reader/html/rows';
import type { ReaderState } from '@/lib/reader/preferences';
import type { ReleaseView } from '@/lib/reader/view';
import { staticHtmlId } from './static-html';

// Rows HTML per view (dropped with it) and per way of showing it.
const built = new WeakMap<ReleaseView, Map<string, string>>();

/** The reader's rows for a view as server-built HTML: the id StaticHtml shows them by. */
export function readerRows(view: ReleaseView, state: ReaderState, options: Omit<RowOptions, 'ruby' | 'tones' | 'words' | 'english'>): string {
  const ruby = state.pinyin === 'off' ? null : state.pinyin;
  const english = state.english === 'official' && view.official ? 'official' : 'duizhao';
  const tones = ruby !== null && state.tones === 'colour';
  const key = JSON.stringify([ruby, tones, state.lookup, english, options.zhLang, options.labels, options.termHref('')]);
  const forView = built.get(view) ?? new Map<string, string>();
  built.set(view, forView);
  let html = forView.get(key);
  if (html === undefined) {
    html = rowsHtml(view, { ...options, ruby, tones, english, words: state.lookup === 'on' });
    forView.set(key, html);
  }
  return staticHtmlId(html);
}
