import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { isScript } from './lib/core/text';
import { negotiateLocale } from './lib/i18n/accept-language';
import { hasMalformedEscape } from './lib/http/path';
import { CHOICES, isChoice, LOCALE_COOKIE, PREFERENCE_COOKIES, SAVE_PARAM, type ChoiceName } from './lib/reader/preferences';
import { isSharedPage, SHARED_VIEW_HEADER } from './lib/reader/shared-pages';

const intl = createMiddleware(routing);
const YEAR = 60 * 60 * 24 * 365;
const saved = { path: '/', maxAge: YEAR, sameSite: 'lax' as const };

/** A page's path and query without `save`: where a choice redirects once it is saved. */
function withoutSave(request: NextRequest): URL {
  const url = request.nextUrl.clone();
  url.searchParams.delete(SAVE_PARAM);
  return url;
}

/**
 * `?save=1` on a link saves the choices it names (script, layout, pinyin, tones, lookup, the UI
 * locale) in cookies and redirects to the same URL without it: pages themselves never set cookies,
 * so every page's answer can be cached by its URL.
 */
function saveChoices(request: NextRequest): NextResponse {
  const response = NextResponse.redirect(withoutSave(request), 303);
  const params = request.nextUrl.searchParams;
  const script = params.get('script');
  if (isScript(script)) response.cookies.set(PREFERENCE_COOKIES.script, script, saved);
  for (const name of Object.keys(CHOICES) as ChoiceName[]) {
    const value = params.get(name);
    if (isChoice(name, value)) response.cookies.set(PREFERENCE_COOKIES[name], value, saved);
  }
  const locale = request.nextUrl.pathname.split('/')[1];
  if ((routing.locales as readonly string[]).includes(locale)) response.cookies.set(LOCALE_COOKIE, locale, saved);
  return response;
}

/**
 * Before any page: a path with malformed percent-encoding gets the localized not-found page
 * instead of failing inside Next; saved choices; locale routing, `/` going to the saved UI
 * language, else our reading of Accept-Language.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (hasMalformedEscape(pathname)) {
    const locale = pathname.split('/')[1];
    const home = (routing.locales as readonly string[]).includes(locale) ? locale : routing.defaultLocale;
    return NextResponse.rewrite(new URL(`/${home}/not-found`, request.url));
  }
  if (request.nextUrl.searchParams.has(SAVE_PARAM)) return saveChoices(request);
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  if (pathname === '/' && chosen && (routing.locales as readonly string[]).includes(chosen)) {
    return NextResponse.redirect(new URL(`/${chosen}${request.nextUrl.search}`, request.url), 307);
  }
  const headers = new Headers(request.headers);
  // Set here, never taken from the client (see lib/reader/shared-pages.ts).
  headers.delete(SHARED_VIEW_HEADER);
  if (isSharedPage(pathname)) headers.set(SHARED_VIEW_HEADER, '1');
  const negotiated = negotiateLocale(request.headers.get('accept-language'));
  if (negotiated) headers.set('accept-language', negotiated);
  return intl(new NextRequest(request, { headers }));
}

export const config = {
  // Pages only: not Next's own files, files with an extension, or the API. Where a proxy runs, Next
  // reads the whole request body into memory first (an upload must be refused as it arrives,
  // lib/http/body.ts), and it cost every API request about a millisecond; the front checks API
  // paths' percent-encoding instead (lib/front/server.ts).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
