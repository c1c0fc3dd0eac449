import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, newPage, pageFactory, signUp } from './browser';

// The search page in Chromium: from the header, with and without JavaScript, across scripts, into
// the reader at the passage found, and page by page.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = pageFactory(() => browser, '203.0.117');
const SHANDONG = ['2024-03-08-shandong-new-industrialization', '2026-01-27-shandong-government-work-report'];
const hits = (page: Page) => page.locator('ol[aria-label] > li');
const marks = (page: Page, lang: string) => page.locator(`ol[aria-label] > li p[lang="${lang}"] mark`).allTextContents();
const hitLinks = (page: Page) =>
  hits(page)
    .locator('a[href*="/releases/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

describe('searching', () => {
  test('the 简体中文 UI: 新质生产力 found and marked in Simplified; the Taiwan script through the form; a result opens at its passage', async () => {
    const page = await newPage(browser, { viewport: { width: 1366, height: 900 } });
    await page.goto('/zh-Hans');
    await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '搜索' }).click();
    await page.waitForURL('**/zh-Hans/search');
    await page.getByLabel('搜索内容').fill('新质生产力');
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await page.waitForURL('**/zh-Hans/search?*q=*');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^\d+ 个段落包含“新质生产力”/);
    expect(await hits(page).count()).toBeGreaterThan(3);
    const simplified = await marks(page, 'zh-Hans');
    expect(simplified.length).toBeGreaterThanOrEqual(await hits(page).count());
    expect(new Set(simplified)).toEqual(new Set(['新质生产力']));

    await page.getByLabel('字形').selectOption('tw');
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await page.waitForURL('**script=tw**');
    expect(new Set(await marks(page, 'zh-TW'))).toEqual(new Set(['新質生產力']));
    await expect(page.getByLabel('搜索内容').inputValue()).resolves.toBe('新质生产力');

    const link = hits(page).nth(2).locator('a[href*="/releases/"]');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/zh-Hans\/releases\/[^?]+\?script=tw#p-.+$/);
    const passage = href.split('#')[1];
    await link.click();
    await page.waitForURL(`**/zh-Hans/releases/**script=tw**#${passage}`);
    const row = page.locator(`#${passage}`);
    await expect(row.locator('.cell.zh').textContent()).resolves.toContain('新質生產力');
    // Scrolled to the passage: its row is in view.
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(900);
  });

  test('the English UI: the Traditional 專精特新 finds the Simplified-source releases, marked as the reader shows them', async () => {
    const page = await newPage(browser);
    await page.goto('/en/search');
    await page.getByLabel('Search for').fill('專精特新');
    await page.getByLabel('Search for').press('Enter');
    await page.waitForURL('**/en/search?*q=*');
    const found = await hitLinks(page);
    for (const slug of SHANDONG) expect(found.some((href) => href.startsWith(`/en/releases/${slug}?`))).toBe(true);
    expect(new Set(await marks(page, 'zh-Hans'))).toEqual(new Set(['专精特新']));
  });

  test('pinyin lists the glossary term, which links to its entry', async () => {
    const page = await newPage(browser);
    await page.goto('/en/search?q=zhuanjingtexin');
    const term = page.getByRole('region', { name: /Glossary terms read as/ }).getByRole('link');
    await expect(term.textContent()).resolves.toContain('专精特新');
    await term.click();
    await page.waitForURL('**/en/glossary/**');
    await expect(page.locator('h1').textContent()).resolves.toContain('专精特新');
  });

  test('without JavaScript the form searches and the filters narrow the results', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto('/en/search');
    await page.getByLabel('Search for').fill('台湾');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**q=*');
    const all = await hitLinks(page);
    expect(all.length).toBeGreaterThan(5);
    await page.getByLabel('Region').selectOption('mainland');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL('**region=mainland**');
    const mainland = await hitLinks(page);
    expect(mainland.length).toBeGreaterThan(0);
    expect(mainland.length).toBeLessThan(all.length);
    expect(mainland.every((href) => !/president-(lai|chen)/.test(href))).toBe(true);
    await expect(page.getByLabel('Search for').inputValue()).resolves.toBe('台湾');
  });

  test('bad input says which field, and keeps what was typed', async () => {
    const page = await newPage(browser);
    await page.goto('/en/search?q=台湾&from=2024-03-02&to=2024-03-01');
    await expect(page.getByRole('main').getByRole('alert').textContent()).resolves.toContain('check “From”');
    await expect(page.getByLabel('Search for').inputValue()).resolves.toBe('台湾');
    await expect(page.getByLabel('From').inputValue()).resolves.toBe('2024-03-02');
  });
});

test('results come a page at a time: next, numbers and previous', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto('/en/search?q=Taiwan');
  await expect(page.getByRole('status').textContent()).resolves.toMatch(/passages match “Taiwan” · page 1 of [2-9]/);
  const pager = page.getByRole('navigation', { name: 'Result pages' });
  await expect(pager.locator('[aria-current="page"]').textContent()).resolves.toBe('1');
  const first = await hitLinks(page);
  await pager.getByRole('link', { name: 'Next page' }).click();
  await page.waitForURL('**page=2**');
  await expect(pager.locator('[aria-current="page"]').textContent()).resolves.toBe('2');
  const second = await hitLinks(page);
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((href) => first.includes(href))).toEqual([]);
  await pager.getByRole('link', { name: '1', exact: true }).click();
  await page.waitForURL((url) => !url.searchParams.has('page'));
  expect(await hitLinks(page)).toEqual(first);
  await expect(page.getByLabel('Search for').inputValue()).resolves.toBe('Taiwan');
});

test('a term in more than a page of passages: its entry pages the concordance, keeping the script', async () => {
  // 发展 occurs in some 90 segments of the library; a note gives it an entry page (its author's).
  const page = await open();
  await signUp(page, `Concordance ${Date.now().toString(36)}`);
  const status = await page.evaluate(async () => {
    const body = JSON.stringify({ term: '发展', body: 'development', visibility: 'private' });
    return (await fetch('/api/v1/notes', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status;
  });
  expect(status).toBe(201);
  await page.goto(`/en/glossary/${encodeURIComponent('發展')}?script=hant`);
  const pager = page.getByRole('navigation', { name: 'Concordance pages' });
  await expect(pager.locator('[aria-current="page"]').textContent()).resolves.toBe('1');
  const lines = () => page.locator('.concordance li p[lang="zh-Hant"]').allTextContents();
  const first = await lines();
  expect(first.length).toBeGreaterThanOrEqual(50);
  expect(new Set(await page.locator('.concordance mark').allTextContents())).toEqual(new Set(['發展']));
  await pager.getByRole('link', { name: 'Next page' }).click();
  await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.get('script') === 'hant');
  await expect(pager.locator('[aria-current="page"]').textContent()).resolves.toBe('2');
  const second = await lines();
  expect(second.length).toBeGreaterThan(0);
  expect(second).not.toEqual(first.slice(0, second.length));
  for (const line of second) expect(line).toContain('發展');
});
