/** Debian's Chromium; playwright-core drives it (Playwright cannot download its own browsers here). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
