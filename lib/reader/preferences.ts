import { isScript, type Script } from '@/lib/chinese/scripts';
import type { SourceScript } from '@/lib/content/schema';

export const LAYOUTS = ['side', 'interleaved', 'zh', 'en'] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Wording = 'standard' | 'tw';

export const PREFERENCE_COOKIES = { script: 'dz-script', layout: 'dz-layout' } as const;

const LOCALE_SCRIPT: Record<string, Script | undefined> = { 'zh-Hans': 'hans', 'zh-Hant': 'hant' };

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
}): { script: Script; invalidParam: boolean } {
  const { param, cookie, locale, sourceScript } = input;
  if (param !== undefined && isScript(param)) return { script: param, invalidParam: false };
  const fallback = (cookie && isScript(cookie) ? cookie : undefined) ?? LOCALE_SCRIPT[locale] ?? sourceScript;
  return { script: fallback, invalidParam: param !== undefined };
}

export const isLayout = (value: unknown): value is Layout => LAYOUTS.includes(value as Layout);

export function resolveLayout(param: string | undefined, cookie: string | undefined): { layout: Layout; invalidParam: boolean } {
  if (param !== undefined && isLayout(param)) return { layout: param, invalidParam: false };
  return { layout: isLayout(cookie) ? cookie : 'side', invalidParam: param !== undefined };
}

/** Taiwan wording is a marked mode of the Taiwan script only; anything else is standard wording. */
export function resolveWording(param: string | undefined, script: Script): { wording: Wording; invalidParam: boolean } {
  if (param === undefined || param === 'standard') return { wording: 'standard', invalidParam: false };
  if (param === 'tw' && script === 'tw') return { wording: 'tw', invalidParam: false };
  return { wording: 'standard', invalidParam: true };
}
