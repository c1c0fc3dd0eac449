import createMiddleware from 'next-intl/middleware';
import { NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { isScript } from './lib/core/text';
import { negotiateLocale } from './lib/i18n/accept-language';
import { CHOICES, isChoice, PREFERENCE_COOKIES, type ChoiceName } from './lib/reader/preferences';

const intl = createMiddleware(routing);
const YEAR = 60 * 60 * 24 * 365;

/**
 * Locale routing (with our own reading of Accept-Language, see negotiateLocale), plus: a valid
 * ?script=, ?layout=, ?pinyin=, ?tones= or ?lookup= becomes the reader's saved choice.
 */
export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const negotiated = negotiateLocale(request.headers.get('accept-language'));
  if (negotiated) headers.set('accept-language', negotiated);
  const response = intl(new NextRequest(request, { headers }));
  // A prefetch is not a choice: only pages the reader actually opens save preferences.
  if (request.headers.has('next-router-prefetch') || request.headers.has('next-router-segment-prefetch')) return response;
  const params = request.nextUrl.searchParams;
  const saved = { path: '/', maxAge: YEAR, sameSite: 'lax' as const };
  const script = params.get('script');
  if (isScript(script)) response.cookies.set(PREFERENCE_COOKIES.script, script, saved);
  for (const name of Object.keys(CHOICES) as ChoiceName[]) {
    const value = params.get(name);
    if (isChoice(name, value)) response.cookies.set(PREFERENCE_COOKIES[name], value, saved);
  }
  return response;
}

export const config = {
  // Everything but the API, Next's own files and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
