import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { isScript } from './lib/chinese/scripts';
import { isLayout, PREFERENCE_COOKIES } from './lib/reader/preferences';

const intl = createMiddleware(routing);
const YEAR = 60 * 60 * 24 * 365;

/** Locale routing, plus: a valid ?script= or ?layout= becomes the reader's saved choice. */
export default function proxy(request: NextRequest) {
  const response = intl(request);
  const params = request.nextUrl.searchParams;
  const saved = { path: '/', maxAge: YEAR, sameSite: 'lax' as const };
  const script = params.get('script');
  if (isScript(script)) response.cookies.set(PREFERENCE_COOKIES.script, script, saved);
  const layout = params.get('layout');
  if (isLayout(layout)) response.cookies.set(PREFERENCE_COOKIES.layout, layout, saved);
  return response;
}

export const config = {
  // Everything but the API, Next's own files and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
