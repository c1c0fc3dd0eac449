import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

export { launch } from './browser-path';

export const baseURL = () => inject('baseURL');
export const RELEASE = '2024-03-08-shandong-new-industrialization';

export async function newPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL: baseURL(), ...options });
  return context.newPage();
}

/**
 * A page whose requests come from their own client address: sign-up is limited per address (see
 * auth.test.ts), so each test file passes its own address block.
 */
export function pageFactory(browser: () => Browser, block: string) {
  let address = 0;
  return (options: BrowserContextOptions = {}) => newPage(browser(), { ...options, extraHTTPHeaders: { 'x-forwarded-for': `${block}.${++address}` } });
}

/** The reader's client components listen only once hydrated (the copy buttons enable then). */
export const hydrated = (page: Page) => page.waitForFunction(() => document.querySelector('button.copy-citation:not([disabled])'));

const PASSWORD = 'a long enough passphrase';
const run = Date.now().toString(36);

/** Signs a new reader up through the form, then in (sign-up signs no one in); the email is unique per run and name. */
export async function signUp(page: Page, name: string) {
  const email = `e2e-${run}-${name.replace(/\W/g, '')}@example.org`;
  await page.goto('/en/sign-up');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/en/sign-in?registered=1**');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/en');
}
