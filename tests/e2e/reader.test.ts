import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hydrated, launch, newPage, RELEASE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const readerPath = (locale = 'en', query = '') => `/${locale}/releases/${RELEASE}${query}`;

describe('library to reader', () => {
  test('the library lists the release and opens it', async () => {
    const page = await newPage(browser);
    await page.goto('/en');
    const link = page.locator(`.library-link[href^="/en/releases/${RELEASE}"]`);
    await expect(link.textContent()).resolves.toContain('Shandong');
    await link.click();
    // The bare address redirects to the one naming every choice (the page's cache key).
    await page.waitForURL(`**/en/releases/${RELEASE}?script=*`);
    await expect(page.locator('h1 .title-en').textContent()).resolves.toContain('new industrialization');
    // The English UI shows the release in its source script (Simplified).
    await expect(page.locator('#p-lead .cell.zh').getAttribute('lang')).resolves.toBe('zh-Hans');
  });

  test.each([
    ['hans', 'zh-Hans', '专精特新', '專精特新'],
    ['hant', 'zh-Hant', '專精特新', '专精特新'],
    ['tw', 'zh-TW', '專精特新', '专精特新'],
    ['hk', 'zh-HK', '專精特新', '专精特新'],
  ])('switching to %s shows the text in that script', async (script, lang, present, absent) => {
    const page = await newPage(browser);
    await page.goto(readerPath());
    await page.locator(`.toolbar a[lang="${lang}"]`).click();
    await page.waitForURL(`**script=${script}**`);
    const zh = await page.locator('#p-a2-1 .cell.zh').textContent();
    expect(zh).toContain(present);
    expect(zh).not.toContain(absent);
    await expect(page.locator('#p-a2-1 .cell.zh').getAttribute('lang')).resolves.toBe(lang);
    await expect(page.locator('.toolbar a[aria-current="true"]').first().getAttribute('lang')).resolves.toBe(lang);
  });

  test('the script choice persists across pages and visits', async () => {
    const page = await newPage(browser);
    await page.goto(readerPath());
    await page.locator('.toolbar a[lang="zh-HK"]').click();
    await page.waitForURL('**script=hk**');
    await page.goto('/en');
    await page.locator(`.library-link[href^="/en/releases/${RELEASE}"]`).click();
    await page.waitForURL(`**/releases/${RELEASE}?script=hk*`);
    await expect(page.locator('#p-lead .cell.zh').getAttribute('lang')).resolves.toBe('zh-HK');
  });

  test('quotation marks follow local typography in tw and hk', async () => {
    const page = await newPage(browser);
    await page.goto(readerPath('en', '?script=hk'));
    const text = await page.locator('#p-s1 .cell.zh').textContent();
    expect(text).toContain('「鏈長」');
    await page.goto(readerPath('en', '?script=hans'));
    expect(await page.locator('#p-s1 .cell.zh').textContent()).toContain('“链长”');
  });

  test('an unknown script code redirects to a valid one', async () => {
    const page = await newPage(browser);
    const response = await page.goto(readerPath('en', '?script=klingon'));
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).searchParams.get('script')).toBe('hans');
  });

  test('Taiwan wording marks each substituted word and shows the original', async () => {
    const page = await newPage(browser);
    await page.goto(readerPath('en', '?script=tw'));
    await page.getByRole('link', { name: 'Taiwan wording' }).click();
    await page.waitForURL('**wording=tw**');
    const marks = page.locator('mark.tw-word');
    expect(await marks.count()).toBeGreaterThan(0);
    const first = marks.first();
    const original = await first.getAttribute('data-original');
    expect(original).toBeTruthy();
    expect(original).not.toBe(await first.textContent());
    await first.focus();
    const tooltip = await first.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(tooltip).toContain(original!);
  });
});

describe('layouts', () => {
  test.each([
    ['side', true, true],
    ['interleaved', true, true],
    ['zh', true, false],
    ['en', false, true],
  ])('%s layout', async (layout, zhVisible, enVisible) => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(readerPath());
    await page.locator('nav[aria-label="Layout"] a').nth(['side', 'interleaved', 'zh', 'en'].indexOf(layout)).click();
    await page.waitForURL(`**layout=${layout}**`);
    await expect(page.locator('#p-s1 .cell.zh').isVisible()).resolves.toBe(zhVisible);
    await expect(page.locator('#p-s1 .cell.en').isVisible()).resolves.toBe(enVisible);
  });

  test('side by side puts Chinese and English on one row, and collapses on a phone', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(readerPath('en', '?layout=side'), { waitUntil: 'networkidle' }); // the notes overlay and fonts settled
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    for (const id of ['s1', 'a1-1', 'q2']) {
      const [zh, en] = [await box(`#p-${id} .cell.zh`), await box(`#p-${id} .cell.en`)];
      expect(Math.abs(zh.y - en.y)).toBeLessThan(2);
      expect(en.x).toBeGreaterThan(zh.x + zh.width - 1);
    }
    // Row alignment: each row starts below the taller cell of the row before.
    const s1 = await box('#p-s1');
    const s2h = await box('#p-s2-h');
    expect(s2h.y).toBeGreaterThanOrEqual(s1.y + s1.height - 1);

    await page.setViewportSize({ width: 390, height: 844 });
    const [zh, en] = [await box('#p-s1 .cell.zh'), await box('#p-s1 .cell.en')];
    expect(en.y).toBeGreaterThan(zh.y + zh.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The layout switcher says what the phone shows: interleaved.
    const current = (choice: string) =>
      page.locator(`.layout-switcher a[data-choice="${choice}"]`).evaluate((a) => getComputedStyle(a).display !== 'none' && getComputedStyle(a).backgroundColor);
    await expect(current('side')).resolves.toBe(false);
    await expect(current('interleaved')).resolves.toBe(
      await page
        .locator('.toolbar a[aria-current="true"]')
        .first()
        .evaluate((a) => getComputedStyle(a).backgroundColor),
    );
  });

  test('on a phone the script control is one compact row that stays on screen deep into the text', async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(readerPath('en', '?script=hans'));
    const toolbar = page.locator('.toolbar');
    expect((await toolbar.boundingBox())!.height).toBeLessThan(60);
    // Text on the first screen.
    expect((await page.locator('#p-lead').boundingBox())!.y).toBeLessThan(844);
    await page.locator('#p-q2').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 8000);
    await page.waitForFunction(() => window.scrollY > 5000);
    const box = (await toolbar.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(5);
    await page.locator('.toolbar a[data-choice="hant"]').click();
    await page.waitForURL(/script=hant/);
  });
});

describe('citations, permalinks, language', () => {
  test('cite opens the passage in each style; copying one puts the speaker, the quote, whose English it is and the permalink on the clipboard', async () => {
    const page = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(readerPath('en', '?script=hans'));
    await hydrated(page);
    await page.locator('#p-a2-1 .copy-citation').click();
    const dialog = page.getByRole('dialog', { name: 'Cite this passage' });
    await expect(dialog.getByRole('heading', { level: 3 }).allTextContents()).resolves.toEqual(['Plain text', 'Chicago', 'APA', 'GB/T 7714 (Chinese)']);
    await expect(dialog.locator('pre').nth(1).textContent()).resolves.toContain('press release, March 8, 2024');
    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    await dialog.getByRole('status').filter({ hasText: 'copied' }).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Wang Maoqing: “一是强化专精特新主体支撑');
    expect(text).toContain('1,000');
    expect(text).toContain('(Duizhao translation)');
    expect(text).toContain('March 8, 2024');
    expect(text).toMatch(new RegExp(`/en/releases/${RELEASE}\\?script=hans[^ ]*#p-a2-1 \\(accessed `));
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    // Focus goes back to the button that opened it.
    await expect(page.evaluate(() => document.activeElement?.closest('.row')?.id)).resolves.toBe('p-a2-1');
  });

  test('under the Traditional UI the plain citation is in Chinese, with full-width punctuation', async () => {
    const page = await newPage(browser);
    await page.goto(readerPath('zh-Hant', '?script=hant'));
    await hydrated(page);
    await page.locator('#p-a2-1 .copy-citation').click();
    const plain = await page.getByRole('dialog').locator('pre').first().textContent();
    expect(plain).toContain('王茂慶：「一是強化專精特新');
    expect(plain).toMatch(/：《.+》（.+），2024年3月8日。/);
    expect(plain).toContain('（存取於 ');
  });

  test('the print edition: no controls, terms numbered to notes with their renderings, the page address and the citation at the end', async () => {
    const page = await newPage(browser);
    await page.goto(readerPath('en', '?script=hant'));
    await hydrated(page);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).display !== 'none');
    for (const control of ['.toolbar', '.study-menu', '.add-note', '.site-header', '.copy-citation']) await expect(shown(control), control).resolves.toBe(false);
    await expect(shown('.print-notes')).resolves.toBe(true);
    const firstTerm = page.locator('.rows-body a.term[data-fn="1"]').first();
    await expect(firstTerm.evaluate((e) => getComputedStyle(e, '::after').content)).resolves.toBe('"1"');
    const firstNote = await page.locator('.print-terms li').first().textContent();
    expect(firstNote).toContain(await firstTerm.textContent());
    await expect(page.locator('.print-notes [data-print-url]').first().textContent()).resolves.toMatch(/^http:\/\/[\w.]+:\d+\/en\/releases\/.+\?script=hant/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThan(3);
  });

  test('a permalink opens the page at its segment', async () => {
    const page = await newPage(browser);
    await page.goto(readerPath());
    const href = await page.locator('#p-q2 .permalink').getAttribute('href');
    expect(href).toBe('#p-q2');
    await page.goto(readerPath() + href);
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('p-q2');
    const top = (await page.locator('#p-q2').boundingBox())!.y;
    expect(top).toBeLessThan(200);
  });

  test('the outline starts collapsed, names questions by topic, and jumps to a part', async () => {
    const page = await newPage(browser);
    await page.goto(readerPath());
    await expect(page.locator('.outline a[href="#p-s3-h"]').isVisible()).resolves.toBe(false);
    await page.locator('.outline summary').click();
    const question = await page.locator('.outline-question a').first().textContent();
    expect(question).toMatch(/[\u4e00-\u9fff]{4,}.*Reporter/);
    await page.locator('.outline a[href="#p-s3-h"]').click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#p-s3-h');
  });

  test('switching UI language keeps the release and script', async () => {
    const page = await newPage(browser);
    await page.goto(readerPath('en', '?script=hk&layout=interleaved'));
    await page.locator('.locale-switcher a[lang="zh-Hans"]').click();
    await page.waitForURL(`**/zh-Hans/releases/${RELEASE}**`);
    const url = new URL(page.url());
    expect(url.searchParams.get('script')).toBe('hk');
    expect(url.searchParams.get('layout')).toBe('interleaved');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    await expect(page.locator('.row-head .cell.zh').textContent()).resolves.toBe('中文');
    await expect(page.locator('#p-lead .cell.zh').getAttribute('lang')).resolves.toBe('zh-HK');
    await page.locator('.locale-switcher a[lang="zh-Hant"]').click();
    await page.waitForURL(`**/zh-Hant/releases/${RELEASE}**`);
    await expect(page.locator('.toolbar nav').first().getAttribute('aria-label')).resolves.toBe('字形');
  });

  test('the Simplified UI defaults to Simplified text', async () => {
    const page = await newPage(browser);
    await page.goto(readerPath('zh-Hans'));
    await expect(page.locator('#p-lead .cell.zh').getAttribute('lang')).resolves.toBe('zh-Hans');
    expect(await page.locator('#p-lead .cell.zh').textContent()).toContain('山东省人民政府新闻办公室');
  });

  test('the page reads fully with JavaScript off', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(readerPath('en', '?script=hans'));
    expect(await page.locator('.row:not(.row-head)').count()).toBe(27);
    expect(await page.locator('#p-a2-1 .cell.zh').textContent()).toContain('专精特新');
    expect((await page.locator('#p-a2-1 .cell.en').textContent())?.length).toBeGreaterThan(100);
    await page.locator('.toolbar a[lang="zh-TW"]').click();
    await page.waitForURL('**script=tw**');
    expect(await page.locator('#p-a2-1 .cell.zh').textContent()).toContain('專精特新');
  });

  test('an unknown release gets a localized 404', async () => {
    const page = await newPage(browser);
    const response = await page.goto('/zh-Hant/releases/no-such-release');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('找不到頁面');
  });
});
