import { isScript, type Script, type SourceScript, type Wording } from '@/lib/core/text';

export const LAYOUTS = ['side', 'interleaved', 'zh', 'en'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Study-layer choices: pinyin ruby (or zhuyin), tone colours, the pop-up dictionary. Off by default. */
export const PINYIN_MODES = ['off', 'marks', 'numbers', 'zhuyin', 'zhuyin-right'] as const;
export type PinyinMode = (typeof PINYIN_MODES)[number];
export const TONE_MODES = ['plain', 'colour'] as const;
export const LOOKUP_MODES = ['off', 'on'] as const;
/** Which English a release with an official English version shows beside the Chinese: that one (gaps marked), or Duizhao's translation. */
export const ENGLISH_TRACKS = ['official', 'duizhao'] as const;
export type EnglishTrack = (typeof ENGLISH_TRACKS)[number];

/** Choices that are one of a fixed list; the first value is the default. */
export const CHOICES = { layout: LAYOUTS, pinyin: PINYIN_MODES, tones: TONE_MODES, lookup: LOOKUP_MODES, english: ENGLISH_TRACKS } as const;
export type ChoiceName = keyof typeof CHOICES;
export type Choice<K extends ChoiceName> = (typeof CHOICES)[K][number];

export const PREFERENCE_COOKIES = {
  script: 'dz-script',
  layout: 'dz-layout',
  pinyin: 'dz-pinyin',
  tones: 'dz-tones',
  lookup: 'dz-lookup',
  english: 'dz-english',
} as const satisfies Record<ChoiceName | 'script', string>;

/** The UI language a reader chose (the locale switcher saves it): where `/` goes. */
export const LOCALE_COOKIE = 'dz-locale';
/** On a link, `save=1` saves the choices the link names (see proxy.ts). */
export const SAVE_PARAM = 'save';

/** The script each Chinese UI is written in. */
export const LOCALE_SCRIPT: Record<string, Script | undefined> = { 'zh-Hans': 'hans', 'zh-Hant': 'hant' };

/**
 * The script to show: an explicit ?script= wins, then the reader's saved choice, then the UI
 * locale's script, then (English UI) the release's own script. An unknown ?script= is reported so
 * the page can redirect to a valid URL instead of guessing silently.
 */
export function resolveScript(input: {
  param: string | undefined;
  cookie: string | undefined;
  locale: string;
  sourceScript: SourceScript;
  /** Taiwan or Hong Kong, for a Traditional UI whose reader's browser asks for zh-TW or zh-HK. */
  regional?: Script;
}): { script: Script; invalidParam: boolean } {
  const { param, cookie, locale, sourceScript, regional } = input;
  if (param !== undefined && isScript(param)) return { script: param, invalidParam: false };
  const uiScript = locale === 'zh-Hant' && regional ? regional : LOCALE_SCRIPT[locale];
  const fallback = (cookie && isScript(cookie) ? cookie : undefined) ?? uiScript ?? sourceScript;
  return { script: fallback, invalidParam: param !== undefined };
}

export function isChoice<K extends ChoiceName>(name: K, value: unknown): value is Choice<K> {
  return (CHOICES[name] as readonly unknown[]).includes(value);
}

/** An explicit valid ?name= wins, then the saved cookie, then the default; an unknown value is reported. */
export function resolveChoice<K extends ChoiceName>(name: K, param: string | undefined, cookie: string | undefined): { value: Choice<K>; invalidParam: boolean } {
  if (param !== undefined && isChoice(name, param)) return { value: param, invalidParam: false };
  return { value: isChoice(name, cookie) ? cookie : (CHOICES[name][0] as Choice<K>), invalidParam: param !== undefined };
}

/** Taiwan wording is a marked mode of the Taiwan script only; anything else is standard wording. */
export function resolveWording(param: string | undefined, script: Script): { wording: Wording; invalidParam: boolean } {
  if (param === undefined || param === 'standard') return { wording: 'standard', invalidParam: false };
  if (param === 'tw' && script === 'tw') return { wording: 'tw', invalidParam: false };
  return { wording: 'standard', invalidParam: true };
}

/**
 * Everything a reader page shows depends on; its URL names each, so the URL alone is the cache key.
 * `english` is null for a release with no official English: there is only Duizhao's to show.
 */
export type ReaderState = {
  script: Script;
  wording: Wording;
  layout: Layout;
  pinyin: PinyinMode;
  tones: Choice<'tones'>;
  lookup: Choice<'lookup'>;
  english: EnglishTrack | null;
};

/** A reader state as its URL's query, every key present, in one order (wording only when Taiwan wording is on, english only when there is a choice). */
export function readerQuery(state: ReaderState): Record<string, string> {
  const { script, wording, layout, pinyin, tones, lookup, english } = state;
  return { script, ...(wording === 'tw' && { wording }), layout, pinyin, tones, lookup, ...(english && { english }) };
}

/**
 * The state a reader page shows for its query, saved choices and defaults, and whether the query
 * already names exactly that state. A page whose query does not (a missing, unknown or extra key)
 * redirects to the one that does, so no page's content depends on cookies.
 */
export function readerState(
  query: Readonly<Record<string, string | undefined>>,
  saved: Partial<Record<keyof typeof PREFERENCE_COOKIES, string>>,
  context: { locale: string; sourceScript: SourceScript; regional?: Script; hasOfficialEnglish?: boolean },
): { state: ReaderState; canonical: boolean } {
  const { hasOfficialEnglish, ...scriptContext } = context;
  const { script } = resolveScript({ param: query.script, cookie: saved.script, ...scriptContext });
  const state: ReaderState = {
    script,
    wording: resolveWording(query.wording, script).wording,
    layout: resolveChoice('layout', query.layout, saved.layout).value,
    pinyin: resolveChoice('pinyin', query.pinyin, saved.pinyin).value,
    tones: resolveChoice('tones', query.tones, saved.tones).value,
    lookup: resolveChoice('lookup', query.lookup, saved.lookup).value,
    english: hasOfficialEnglish ? resolveChoice('english', query.english, saved.english).value : null,
  };
  const wanted = Object.entries(readerQuery(state));
  const given = Object.entries(query).filter(([, v]) => v !== undefined);
  const canonical = given.length === wanted.length && wanted.every(([k, v]) => query[k] === v);
  return { state, canonical };
}
