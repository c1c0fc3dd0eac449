import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseURL, launch, newPage, RELEASE } from './browser';

const PASSWORD = 'a long enough passphrase';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

// The e2e server is shared by every e2e file, and sign-in/sign-up are limited per client address.
// Each page here claims its own address (Next passes X-Forwarded-For on when no proxy sets it), so
// this file neither meets other files' attempts nor uses up the 127.0.0.1 allowance they share.
let address = 0;
let account = 0;
const run = Date.now().toString(36);
const uniqueEmail = () => `e2e-${run}-${++account}@example.org`;
const open = (options: BrowserContextOptions = {}) => newPage(browser, { ...options, extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${++address}` } });

const accountMenu = (page: Page) => page.locator('header nav').last();
// Not getByRole('alert'): Next's route announcer is an alert too.
const formAlert = (page: Page) => page.locator('main form [role="alert"]');

/** Submits the form and waits for the page to settle: a navigation without JavaScript, the action's answer with it. */
async function submit(page: Page, button: string) {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.getByRole('button', { name: button }).click();
  await answered;
  await page.waitForLoadState('load');
}

async function signUp(page: Page, { name, email, password = PASSWORD }: { name: string; email: string; password?: string }) {
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await submit(page, 'Create account');
}

/** Sign-up signs no one in (it answers alike for a taken email): the form sends the reader on to sign in, where they do. */
async function signUpAndIn(page: Page, account: { name: string; email: string }) {
  await signUp(page, account);
  await page.waitForURL('**/sign-in?registered=1**');
  await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/sign in/i);
  await signIn(page, account.email);
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await submit(page, 'Sign in');
}

describe('accounts in the browser', () => {
  test('sign up from a release, come back to it signed in, sign out, sign in again', async () => {
    const page = await open();
    const email = uniqueEmail();
    await page.goto(`/en/releases/${RELEASE}?script=hk`);
    await accountMenu(page).getByRole('link', { name: 'Sign up' }).click();
    await page.waitForURL('**/en/sign-up?next=**');
    await signUpAndIn(page, { name: 'Lin Wei', email });
    await page.waitForURL(`**/en/releases/${RELEASE}?script=hk*`);
    // The reader is one page for everyone (cached so): the browser asks who is signed in.
    await accountMenu(page).getByText('Signed in as').waitFor();
    await expect(accountMenu(page).textContent()).resolves.toContain('Signed in as Lin Wei');

    const session = (await page.context().cookies()).find((c) => c.name.endsWith('session_token'));
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });

    await accountMenu(page).getByRole('button', { name: 'Sign out' }).click();
    await accountMenu(page).getByRole('link', { name: 'Sign in' }).waitFor();
    expect(page.url()).toContain(`/en/releases/${RELEASE}`);
    expect((await page.context().cookies()).some((c) => c.name.endsWith('session_token'))).toBe(false);

    await accountMenu(page).getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL('**/en/sign-in?next=**');
    await signIn(page, email);
    await page.waitForURL(`**/en/releases/${RELEASE}?script=hk*`);
    await accountMenu(page).getByText('Signed in as').waitFor();
    await expect(accountMenu(page).textContent()).resolves.toContain('Lin Wei');
  });

  test('a wrong password is answered beside the form, keeping the email', async () => {
    const page = await open();
    const email = uniqueEmail();
    await page.goto('/en/sign-up');
    await signUpAndIn(page, { name: 'Wrong Password', email });
    await accountMenu(page).getByRole('button', { name: 'Sign out' }).click();
    await accountMenu(page).getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, email, 'not the passphrase');
    await expect(formAlert(page).textContent()).resolves.toBe('The email or password is incorrect.');
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe(email);
    await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
  });

  test('the zh-Hant interface labels the form in Traditional Chinese and explains errors beside the field', async () => {
    const page = await open();
    await page.goto('/zh-Hant/sign-up');
    await expect(page.locator('h1').textContent()).resolves.toBe('建立帳戶');
    for (const label of ['顯示名稱', '電子郵件', '密碼']) await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
    await expect(accountMenu(page).textContent()).resolves.toBe('登入註冊');
    await page.getByLabel('顯示名稱').fill('陳');
    await page.getByLabel('電子郵件').fill('not-an-email');
    await page.getByLabel('密碼', { exact: true }).fill('short');
    await submit(page, '建立帳戶');
    await page.getByText('密碼至少需要 10 個字元。').waitFor();
    const password = page.getByLabel('密碼', { exact: true });
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    const described = (await password.getAttribute('aria-describedby'))!.split(' ');
    const texts = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(texts).toContain('密碼至少需要 10 個字元。');
    await expect(page.getByText('請輸入有效的電子郵件地址。').count()).resolves.toBe(1);
    // The name was valid: kept, and not marked.
    await expect(page.getByLabel('顯示名稱').inputValue()).resolves.toBe('陳');
    await expect(page.getByLabel('顯示名稱').getAttribute('aria-invalid')).resolves.toBeNull();
  });

  test('everything works with JavaScript disabled', async () => {
    const page = await open({ javaScriptEnabled: false });
    const email = uniqueEmail();
    await page.goto('/en/sign-up?next=/en');
    await signUp(page, { name: 'No Script', email, password: 'short' });
    await expect(page.getByText('Use at least 10 characters.').count()).resolves.toBe(1);
    await page.getByLabel('Password').fill(PASSWORD);
    await submit(page, 'Create account');
    await page.waitForURL('**/en/sign-in?registered=1**');
    await signIn(page, email);
    await page.waitForURL((url) => url.pathname === '/en');
    await expect(accountMenu(page).textContent()).resolves.toContain('Signed in as No Script');

    await accountMenu(page).getByRole('button', { name: 'Sign out' }).click();
    await accountMenu(page).getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, email, 'not the passphrase');
    await expect(formAlert(page).textContent()).resolves.toBe('The email or password is incorrect.');
    await page.getByLabel('Password').fill(PASSWORD);
    await submit(page, 'Sign in');
    await expect(accountMenu(page).textContent()).resolves.toContain('Signed in as No Script');
  });

  test('a display name made of markup is shown as text, never run', async () => {
    const page = await open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const name = '<img src=x onerror=alert(1)>';
    await page.goto('/en/sign-up');
    await signUpAndIn(page, { name, email: uniqueEmail() });
    await accountMenu(page).locator('bdi').waitFor();
    await expect(accountMenu(page).locator('bdi').textContent()).resolves.toBe(name);
    await expect(page.locator('header img').count()).resolves.toBe(0);
    await page.reload();
    await expect(accountMenu(page).locator('bdi').textContent()).resolves.toBe(name);
    expect(dialogs).toEqual([]);
  });

  test('after five failed sign-ins from one address the form says to wait', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto('/en/sign-in');
    const email = uniqueEmail();
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `guess number ${i}`);
      await expect(formAlert(page).textContent()).resolves.toBe('The email or password is incorrect.');
    }
    await signIn(page, email, 'guess number 6');
    await expect(formAlert(page).textContent()).resolves.toBe('Too many attempts. Wait a minute, then try again.');
  });

  test('a next= pointing off the site is ignored', async () => {
    const page = await open();
    await page.goto('/en/sign-up?next=//evil.example/en');
    await expect(page.locator('input[name="next"]').count()).resolves.toBe(0);
    await signUpAndIn(page, { name: 'Stays Here', email: uniqueEmail() });
    await page.waitForURL((url) => url.pathname === '/en');
    expect(new URL(page.url()).origin).toBe(baseURL());
  });

  test.each([
    ['sign-up with errors shown (phone, Traditional UI)', 390, '建立帳戶'],
    ['sign-in with errors shown', 1280, 'Sign in'],
  ])('%s has no serious or critical axe violation', async (_label, width, button) => {
    const page = await open({ viewport: { width, height: 900 } });
    await page.goto(button === 'Sign in' ? '/en/sign-in' : '/zh-Hant/sign-up');
    await submit(page, button); // empty fields: every one gets its error
    await page.locator('main [aria-invalid="true"]').first().waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
