import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM } from './browser-path';

export const baseURL = () => inject('baseURL');
export const RELEASE = '2024-03-08-shandong-new-industrialization';

// The flags keep Chromium from reaching for Google's services, which this network refuses.
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL: baseURL(), ...options });
  return context.newPage();
}
