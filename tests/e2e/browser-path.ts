import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; playwright-core drives it (Playwright cannot download its own browsers here). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The flags keep Chromium from reaching for Google's services, which this network refuses.
// Outside vitest too (bench/), so nothing here may import vitest.
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
