// The editor's side of a release's English in real Chromium: a Hong Kong release imported as the
// app does, its official English pasted, one link fixed with the keyboard, published; then one
// segment of Duizhao's translation written, checked and saved as a draft.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { setRole } from '@/lib/db/roles';
import { hongKongPair, hongKongPresent } from '../support/hongkong';
import { hydrated, launch, pageFactory, signUp } from './browser';

// Two releases: the red flags pair's English needs a fix; the price release has figures to check.
const SLUG = '2026-01-22-hk-red-flags-e2e';
const PRICES = '2026-01-22-hk-consumer-prices-e2e';
const run = Date.now().toString(36);
let browser: Browser;
let pair: ReturnType<typeof hongKongPair>;
let prices: ReturnType<typeof hongKongPair>;

const open = pageFactory(() => browser, '203.0.116');

async function severeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** An editor's browser: signed up through the form, then promoted (editors are made by `npm run user:create`). */
async function editor(name: string, viewport = { width: 1366, height: 900 }) {
  const page = await open({ viewport });
  await signUp(page, name);
  const prisma = createPrismaClient(inject('databaseURL'));
  await setRole(prisma, { name }, 'editor');
  await prisma.$disconnect();
  return page;
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-link]')?.id ?? document.activeElement?.id ?? null);
const activeName = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe.skipIf(!hongKongPresent)('the English of a Hong Kong release, in the browser', () => {
  beforeAll(async () => {
    browser = await launch();
    // The release enters the served database as an import does: through the importer and publishRelease.
    vi.stubEnv('DATABASE_URL', inject('databaseURL'));
    pair = hongKongPair('hk20260122_red_flags_beaches', SLUG, { zh: '康樂及文化事務署', en: 'Leisure and Cultural Services Department' });
    prices = hongKongPair('hk20260122_cpi_dec2025', PRICES, { zh: '政府統計處', en: 'Census and Statistics Department' });
    const { publishRelease } = await import('@/lib/server/releases/publish');
    const { disconnect } = await import('@/lib/server/db');
    const prisma = createPrismaClient(inject('databaseURL'));
    const importer = await prisma.user.upsert({
      where: { email: `importer-${run}@example.org` },
      create: { id: `importer-${run}`, name: 'Importer', email: `importer-${run}@example.org`, role: 'editor' },
      update: {},
    });
    await prisma.$disconnect();
    for (const { release } of [pair, prices]) await publishRelease({ editorId: importer.id, release, summary: 'Published from an import', create: true });
    await disconnect();
    vi.unstubAllEnvs();
  });
  afterAll(() => browser?.close());

  test('an editor pastes the official English, moves a paragraph with the keyboard, accepts and publishes', async () => {
    const page = await editor(`Olive ${run}`);
    await page.goto(`/en/releases/${SLUG}/english`);
    await expect(page.locator('#published-heading + p').textContent()).resolves.toMatch(/No official English/);
    // A copy as scrapers deliver them: its line "Please broadcast the following…" lost, and its last
    // paragraph broken in two at its second sentence. The aligner finds the lost line's Chinese left
    // out; a segment rendered by three paragraphs is rare enough (its prior is small) that it
    // proposes the broken-off sentence as English with no Chinese source: the link the editor fixes.
    const lines = pair.english.trim().split('\n');
    const cut = lines[4].indexOf(' Beachgoers');
    const pasted = [...lines.slice(0, 2), lines[3], lines[4].slice(0, cut), lines[4].slice(cut + 1)];
    await page.getByLabel('Official English, one paragraph a line').fill(pasted.join('\n'));
    await page.getByLabel('Address of the English version').fill(pair.englishUrl);
    await page.getByLabel('Publisher in Chinese').fill('政府新聞處');
    await page.getByLabel('Publisher in English').fill('Information Services Department');
    await page.getByRole('button', { name: 'Align with the Chinese' }).click();
    await page.waitForURL('**/english?aligned=1');
    await page.locator('#review-heading:focus').waitFor();
    const links = page.locator('li[data-link]');
    await expect(links.count()).resolves.toBe(5);
    await expect(page.getByText('0 of 5 links accepted').count()).resolves.toBe(1);
    // The Chinese is marked as Traditional, the English as English.
    await expect(links.nth(2).locator('[lang="zh-Hant"]').textContent()).resolves.toBe('請盡快播出下列特別報告：');
    await expect(links.nth(2).textContent()).resolves.toContain('No English: the official version leaves this out.');
    await expect(links.nth(3).locator('[lang="en"]').allTextContents()).resolves.toEqual(pasted.slice(2, 4));
    await expect(links.nth(4).locator('[lang="en"]').textContent()).resolves.toBe('Beachgoers are advised not to swim at these beaches.');
    const review = page.locator('section[aria-labelledby="review-heading"]');
    await expect(review.getByText('Chinese with no English').count()).resolves.toBe(1);
    await expect(review.getByText('English with no Chinese').count()).resolves.toBe(1);
    expect(await severeViolations(page)).toEqual([]);

    // Keyboard only: into the list, down to link 5, Tab to its "Paragraph up", Enter.
    await links.first().focus();
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe('link-4');
    for (let tab = 0; tab < 6 && !(await activeName(page)).startsWith('Paragraph up'); tab++) await page.keyboard.press('Tab');
    expect(await activeName(page)).toBe('Paragraph up – move paragraph 5 to link 4');
    await page.keyboard.press('Enter');
    await page.getByText('Link 4 changed.').waitFor();
    // Link 5 gave away its only paragraph and is gone: the focus is on link 4, which took it.
    await expect(links.count()).resolves.toBe(4);
    expect(await activeId(page)).toBe('link-3');
    await expect(links.nth(3).locator('[lang="en"]').allTextContents()).resolves.toEqual(pasted.slice(2));
    await expect(review.getByText('English with no Chinese').count()).resolves.toBe(0);
    await expect(review.getByText('Chinese with no English').count()).resolves.toBe(1);

    // The mouse: accept the headline's link, then everything else, then publish.
    await page.getByRole('button', { name: 'Accept – link 1' }).click();
    await page.getByText('Link 1 accepted.').waitFor();
    await expect(page.getByRole('button', { name: 'Accept – link 1' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: 'Publish the official English' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Accept all remaining (3)' }).click();
    await page.getByText('4 of 4 links accepted').waitFor();
    await page.getByRole('button', { name: 'Publish the official English' }).click();
    await page.waitForURL('**/english?published=1');
    await page.getByText('The official English is published').waitFor();
    const published = page.locator('section[aria-labelledby="published-heading"]');
    await expect(published.locator('li').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(published.getByText('Red flags hoisted at Silverstrand Beach and Clear Water Bay Second Beach').count()).resolves.toBe(1);
    await expect(page.locator('section[aria-labelledby="revisions-heading"]').textContent()).resolves.toMatch(
      /Olive .*Official English published: Information Services Department, 4 paragraphs in 3 links/,
    );

    const api = await page.request.get(`/api/v1/releases/${SLUG}/english`);
    const tracks = await api.json();
    expect(tracks.official.links).toEqual([
      expect.objectContaining({ zh: ['lead'], en: [0], kind: '1-1' }),
      expect.objectContaining({ zh: ['p-2'], en: [], kind: '1-0' }),
      expect.objectContaining({ zh: ['p-3'], en: [1, 2, 3] }),
    ]);
    expect(tracks.official.gaps).toMatchObject({ omitted: ['p-2'], added: [] });
  });

  // Reads what the test above published.
  test('a reader sees the official English beside the Chinese, what it leaves out, and the untranslated Duizhao column; a citation says whose English it quotes', async () => {
    const page = await open();
    await page.goto(`/en/releases/${SLUG}?script=hant`);
    await hydrated(page);
    const header = page.locator('.release-english');
    await expect(header.textContent()).resolves.toContain('English: the official English version, Information Services Department');
    // The row the editor fixed: the Chinese beside all three of its paragraphs.
    const row = page.locator('#p-p-3');
    await expect(row.locator('.cell.zh').getAttribute('lang')).resolves.toBe('zh-Hant');
    await expect(row.locator('.cell.en p').allTextContents()).resolves.toEqual(
      pair.english
        .trim()
        .split('\n')
        .slice(3, 5)
        .flatMap((l) => l.split(/(?<=District\.) /)),
    );
    // The gap: counted in the header, linked to its passage, marked in its row.
    await header.getByRole('link', { name: '1 passage left out' }).click();
    await page.waitForURL(/#p-p-2$/);
    await expect(page.locator('#p-p-2 .cell.en').textContent()).resolves.toBe('Not in the official English');
    expect(await severeViolations(page)).toEqual([]);

    // The citation of the fixed row quotes the official English and says so.
    await row.locator('.copy-citation').click();
    const dialog = page.getByRole('dialog', { name: 'Cite this passage' });
    // Its three paragraphs are quoted a space apart, as the official English has them.
    const quoted = pair.english.trim().split('\n').slice(3).join(' ');
    const plain = await dialog.locator('pre').first().textContent();
    expect(plain).toContain(`“${quoted}” (official English, Information Services Department)`);
    expect(plain).toContain(`Official English: ${pair.englishUrl}`);
    await page.keyboard.press('Escape');
    // Under the Simplified UI the citation names the publisher in Chinese, in the shown script.
    const zhPage = await open();
    await zhPage.goto(`/zh-Hans/releases/${SLUG}`);
    await hydrated(zhPage);
    await zhPage.locator('#p-p-3 .copy-citation').click();
    await expect(zhPage.getByRole('dialog').locator('pre').first().textContent()).resolves.toContain('”（官方英文版，政府新闻处）');
    // Its labels in the English cells are Chinese, and marked so.
    await expect(zhPage.locator('#p-p-2 .cell.en .gap-omitted').getAttribute('lang')).resolves.toBe('zh-Hans');

    // Duizhao's column: nothing is translated yet, and every row says so rather than showing blank.
    await page.locator('.toolbar').getByRole('link', { name: 'Duizhao' }).click();
    await page.waitForURL(/english=duizhao/);
    await expect(page.locator('.release-english').textContent()).resolves.toMatch(/English: Duizhao translation · \d+ segments not yet translated/);
    await expect(page.locator('#p-p-3 .cell.en').textContent()).resolves.toBe('Not yet translated');

    // An official English held only in part (the Time interview's stops after the second answer):
    // what follows its end is not said to be left out; its turns, which name their speakers, are not labelled twice.
    await page.goto('/en/releases/2024-06-13-president-lai-time-magazine-interview?english=official');
    await expect(page.locator('.release-english').textContent()).resolves.toMatch(/1 passage left out · 49 passages after the end of the copy held/);
    await expect(page.locator('#p-q3 .cell.en .gap').textContent()).resolves.toBe('After the end of the official English held here (the copy is incomplete)');
    await expect(page.locator('#p-q1 .cell.en').textContent()).resolves.toMatch(/^Q: Thank you so much/);

    // On a phone the curated copy of the release, whose editorial note gives long addresses, fits the width.
    const phone = await open({ viewport: { width: 390, height: 844 } });
    await phone.goto('/en/releases/2026-01-22-hk-red-flags-silverstrand-clear-water-bay');
    await phone.locator('.editorial').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('an editor writes a segment’s English, sees the figures checked as they type, and saves it as a draft (phone, Traditional UI)', async () => {
    const page = await editor(`Tam ${run}`, { width: 390, height: 844 });
    await page.goto(`/zh-Hant/releases/${PRICES}/translate`);
    const segment = page.locator('#segment-p-2');
    const box = segment.getByLabel('段落 p-2 的英文');
    await expect(segment.locator('[lang="zh-Hant"]').textContent()).resolves.toMatch(/^經季節性調整的綜合消費物價指數/);
    await expect(page.locator('#status-p-2').inputValue()).resolves.toBe('untranslated');
    // A slip (0.3% for 0.1%) is caught while typing; the official wording agrees.
    await box.fill('Seasonally adjusted, the Composite CPI rose by 0.2% a month on average in the three months to December 2025, and by 0.3% in the three months to November.');
    await segment.locator('li', { hasText: '0.1%' }).first().waitFor();
    await box.fill(prices.english.trim().split('\n')[2]);
    await segment.getByText('數字一致。').waitFor();
    // Writing English made the untranslated segment a draft.
    await expect(page.locator('#status-p-2').inputValue()).resolves.toBe('draft');
    await page.getByRole('button', { name: '儲存 – 段落 p-2' }).click();
    await page.getByText('段落 p-2 已儲存。').waitFor();
    await expect(page.getByText('未翻譯 14 · 草稿 1 · 已審校 0').count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await severeViolations(page)).toEqual([]);

    await page.reload();
    await expect(box.inputValue()).resolves.toMatch(/^On a seasonally adjusted basis/);
    await expect(page.locator('#status-p-2').inputValue()).resolves.toBe('draft');
    await expect(page.locator('section[aria-labelledby="revisions-heading"]').textContent()).resolves.toMatch(/Tam .*Translation of p-2 \(draft\)/);
    const tracks = await (await page.request.get(`/api/v1/releases/${PRICES}/english`)).json();
    expect(tracks.duizhao.segments.find((s: { id: string }) => s.id === 'p-2')).toMatchObject({
      status: 'draft',
      figureIssues: [],
      en: expect.stringMatching(/^On a seasonally adjusted basis/),
    });

    // The official English page fits the phone too, in the Simplified UI.
    await page.goto(`/zh-Hans/releases/${SLUG}/english`);
    await page.locator('#published-heading').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await severeViolations(page)).toEqual([]);
  });

  test('the align form says what is wrong beside its field, in the Simplified UI, keeping what was typed', async () => {
    const page = await editor(`Lin ${run}`);
    await page.goto(`/zh-Hans/releases/${PRICES}/english`);
    const text = page.getByLabel('官方英文，每段一行');
    await text.fill('   \n  ');
    await page.getByLabel('英文版网址').fill('ftp://example.org/release');
    await page.getByLabel('发布机构（中文）').fill('政府新闻处');
    await page.getByLabel('发布机构（英文）').fill('Information Services Department');
    await page.getByRole('button', { name: '与中文对齐' }).click();
    await expect(page.locator('#official-text-problem').textContent()).resolves.toBe('这里没有英文：请至少粘贴一段，或上传文件。');
    await expect(text.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('official-text');
    await text.fill(prices.english);
    await page.getByRole('button', { name: '与中文对齐' }).click();
    await expect(page.locator('#official-url-problem').textContent()).resolves.toBe('网址须以 http:// 或 https:// 开头。');
    await expect(page.locator('#official-text-problem').count()).resolves.toBe(0);
    // Nothing was sent, and what was typed is still there.
    await expect(text.inputValue()).resolves.toBe(prices.english);
    await expect(page.getByLabel('英文版网址').inputValue()).resolves.toBe('ftp://example.org/release');
    expect(page.url()).not.toContain('aligned=1');
  });

  test('a reader is not offered the editor’s pages', async () => {
    const page = await open();
    await signUp(page, `Rae ${run}`);
    await page.goto(`/en/releases/${SLUG}/english`);
    await page.getByText('Only editors can edit a release').waitFor();
    await expect(page.getByLabel('Official English, one paragraph a line').count()).resolves.toBe(0);
  });
});
