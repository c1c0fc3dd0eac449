import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'zh-Hans', 'zh-Hant'],
  defaultLocale: 'en',
  // Pages set no cookies (their answers are cached by URL): the locale switcher saves the choice
  // through proxy.ts instead. Alternate links go in the page head, built from the public origin,
  // not in a Link header built from the request's Host.
  localeCookie: false,
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
