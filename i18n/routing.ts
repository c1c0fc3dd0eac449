import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'zh-Hans', 'zh-Hant'],
  defaultLocale: 'en',
  // next-intl's cookie is session-only unless given a max age.
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});

export type Locale = (typeof routing.locales)[number];
