import { existsSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { setRole } from '@/lib/db/roles';
import { launch, pageFactory, signUp } from './browser';

// Real documents of ../shared/corpus (see its README): a Big5 interview of Taiwan's Presidential
// Office, a whole MFA web page, and a mirror's copy with a spot of encoding damage.
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const TAIWAN = path.join(CORPUS, 'taiwan/president-tw-2024-06-13-28493.big5.txt');
const MFA = path.join(CORPUS, 'mainland/fmprc-2019-02-16-1638430.html');
const MIRROR = path.join(CORPUS, 'mirrors/mfa-2024-10-presscon-82559-mirror-gbk-damage.txt');
const PNG = path.resolve(import.meta.dirname, '../../public/screenshot-reader.png');
const present = existsSync(CORPUS);
if (!present) console.log(`import e2e: the corpus tests skipped: ${CORPUS} is absent`);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = pageFactory(() => browser, '203.0.116');
const run = Date.now().toString(36);
const SCRIPTS = [
  ['hans', 'zh-Hans', '总统'],
  ['hant', 'zh-Hant', '總統'],
  ['tw', 'zh-TW', '總統'],
  ['hk', 'zh-HK', '總統'],
] as const;

/** Signs a new account up and gives it the editor role, as `npm run user:create -- --role editor` would. */
async function editor(page: Page, name: string) {
  await signUp(page, name);
  const prisma = createPrismaClient(inject('databaseURL'));
  await setRole(prisma, { name }, 'editor');
  await prisma.$disconnect();
}

async function noSevereAxeViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const saved = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 15_000 });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const segment = (page: Page, id: string) => page.locator('li', { has: page.locator(`#segment-${id}`) });

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, fileLabel: string, submit: string) {
  await page.getByLabel(fileLabel, { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: submit, exact: true }).click();
}

/** Fills the English and Chinese the importer left for the editor, field by field as labelled. */
async function fill(page: Page, fields: [label: string, value: string][], [nameLabel, names]: [label: string, names: string[]]) {
  for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
  const speakers = page.locator('fieldset');
  for (let i = 0; i < names.length; i++) await speakers.nth(i).getByLabel(nameLabel, { exact: true }).fill(names[i]);
}

describe('importing in the browser', () => {
  test('a visitor is sent to sign in; a reader without the editor role is refused with a 403 page', async () => {
    const page = await open();
    await page.goto('/zh-Hant/import');
    await page.waitForURL('**/zh-Hant/sign-in?next=%2Fzh-Hant%2Fimport');
    await signUp(page, `Reader ${run}`);
    const response = await page.goto('/en/import');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Editors only');
    await expect(page.getByRole('link', { name: 'Import', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByLabel('File').count()).resolves.toBe(0);
  });

  test.skipIf(!present)(
    'an editor in the Traditional UI: a 6 MB file and a PNG are refused, the Big5 interview imported, a kind fixed, a segment split and merged back, published; a reader opens it in four scripts',
    async () => {
      const page = await open({ viewport: { width: 1366, height: 900 } });
      await editor(page, `Editor Tw ${run}`);
      await page.goto('/zh-Hant');
      await page.getByRole('link', { name: '匯入', exact: true }).click();
      await page.waitForURL('**/zh-Hant/import');
      await noSevereAxeViolation(page);

      await upload(page, { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, '字') }, '檔案', '匯入');
      await expect(page.getByRole('alert').filter({ hasText: '檔案超過 5 MB' }).count()).resolves.toBe(1);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('file');
      await upload(page, PNG, '檔案', '匯入');
      await page.getByRole('alert').filter({ hasText: '這不是文字或 HTML 檔案' }).waitFor();

      await upload(page, TAIWAN, '檔案', '匯入');
      await page.waitForURL('**/zh-Hant/import/*');
      const report = page.locator('section[aria-labelledby="report-heading"]');
      await expect(report.textContent()).resolves.toMatch(/big5.*繁體.*提問：18/s);
      await expect(page.locator('#segment-q1').getAttribute('lang')).resolves.toBe('zh-Hant');
      await noSevereAxeViolation(page);

      // The date line under the title is a byline here, not a subtitle.
      await segment(page, 'subtitle').getByLabel('類型').selectOption('byline');
      // Split an answer after its first sentence with the keyboard, then merge it back.
      const answer = page.locator('#segment-a1');
      const text = await answer.inputValue();
      await answer.focus();
      await answer.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), text.indexOf('。') + 1);
      await page.keyboard.press('Tab'); // kind
      await page.keyboard.press('Tab'); // speaker
      await page.keyboard.press('Tab'); // split
      await page.keyboard.press('Enter');
      await expect(focusedId(page)).resolves.toBe('segment-a1-2');
      await expect(page.locator('#segment-a1').inputValue()).resolves.toBe(text.slice(0, text.indexOf('。') + 1));
      await segment(page, 'a1')
        .getByRole('button', { name: /^與下一段合併/ })
        .click();
      await expect(page.locator('#segment-a1').inputValue()).resolves.toBe(text);
      await expect(page.locator('#segment-a1-2').count()).resolves.toBe(0);

      await fill(
        page,
        [
          ['標題（英文）', 'President Lai’s interview with TIME'],
          ['發布機關（中文）', '總統府'],
          ['發布機關（英文）', 'Office of the President'],
          ['短名（slug）', `tw-time-interview-${run}`],
        ],
        ['姓名（英文）', ['TIME', 'President Lai Ching-te']],
      );
      await saved(page, '所有變更均已儲存。');
      // Nothing is lost on reload.
      await page.reload();
      await expect(page.getByLabel('發布機關（英文）').inputValue()).resolves.toBe('Office of the President');
      await expect(segment(page, 'subtitle').getByLabel('類型').inputValue()).resolves.toBe('byline');

      await page.getByRole('button', { name: '發布', exact: true }).click();
      await page.getByRole('heading', { name: '已發布' }).waitFor();
      await page.getByRole('link', { name: '開啟新聞稿' }).click();
      await page.waitForURL(`**/zh-Hant/releases/tw-time-interview-${run}**`);

      const reader = await open({ viewport: { width: 390, height: 844 } });
      for (const [script, lang, president] of SCRIPTS) {
        await reader.goto(`/en/releases/tw-time-interview-${run}?script=${script}`);
        await reader.waitForURL(`**script=${script}**`);
        const zh = reader.locator('#p-a1 .cell.zh');
        await expect(zh.getAttribute('lang')).resolves.toBe(lang);
        await expect(reader.locator('h1').textContent()).resolves.toContain(president);
        await expect(reader.locator('#p-subtitle').getAttribute('class')).resolves.toContain('kind-byline');
      }
    },
    240_000,
  );

  test.skipIf(!present)(
    'an editor in the English UI: an MFA page, and a damaged mirror copy whose damage blocks publishing until repaired; a second tab gets a conflict',
    async () => {
      const page = await open({ viewport: { width: 390, height: 844 } });
      await editor(page, `Editor En ${run}`);
      await page.goto('/en/import');
      // Pasted text with a source that is no web address: said at the field, which takes the focus.
      await page.getByLabel('Or paste the text or HTML').fill('外交部发言人答记者问。');
      await page.getByLabel('Source URL').fill('fmprc.gov.cn/web');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'Enter a web address that starts with http:// or https://.' }).waitFor();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('sourceUrl');
      await page.getByLabel('Or paste the text or HTML').fill('');
      await page.getByLabel('Source URL').fill('');
      await upload(page, MFA, 'File', 'Import');
      await page.waitForURL('**/en/import/*');
      await expect(page.getByLabel('Title (Chinese)').inputValue()).resolves.toBe('杨洁篪会见卢森堡外交大臣阿瑟伯恩');
      await expect(page.getByLabel('Issuer (Chinese)').inputValue()).resolves.toBe('中华人民共和国外交部');
      await expect(page.locator('ol li textarea').count()).resolves.toBe(4); // the site's chrome is not text
      await expect(page.locator('#segment-lead').getAttribute('lang')).resolves.toBe('zh-Hans');

      await page.goto('/en/import');
      await upload(page, MIRROR, 'File', 'Import');
      await page.waitForURL('**/en/import/*');
      const url = page.url();
      const spot: Locator = page.locator('li', { has: page.getByRole('heading', { name: /^Spot 1: line 8, column 43, in segment a4/ }) });
      await expect(spot.locator('mark').textContent()).resolves.toBe('?;鹬贡');
      await noSevereAxeViolation(page);

      await fill(
        page,
        [
          ['Title (Chinese)', '外交部发言人毛宁主持例行记者会'],
          ['Title (English)', 'Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference'],
          ['Issuer (Chinese)', '中华人民共和国外交部'],
          ['Issuer (English)', 'Ministry of Foreign Affairs of the PRC'],
          ['Date', '2024-10-09'],
          ['Slug', `mfa-presscon-mirror-${run}`],
        ],
        ['Name (English)', ['CCTV', 'Mao Ning', 'Yonhap News Agency', 'Al Arabiya China', 'China Daily']],
      );
      await saved(page, 'All changes saved.');

      // Unrepaired damage blocks publishing: the message says so and the focus goes to the spot.
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'Not published. Spot 1: repair the damaged text' }).waitFor();
      await expect(focusedId(page)).resolves.toBe('damage-0-restored');

      // Another tab saves first; this one's next save is refused, and it can reload.
      const other = await page.context().newPage();
      await other.goto(url);
      await other.getByLabel('Title (English)').fill('Saved in the other tab');
      await saved(other, 'All changes saved.');
      await page.getByLabel('Title (English)').fill('Typed in the first tab');
      await page.getByRole('alert').filter({ hasText: 'saved in another tab or window' }).waitFor();
      await page.getByRole('button', { name: 'Reload the draft' }).click();
      await expect(page.getByLabel('Title (English)').inputValue()).resolves.toBe('Saved in the other tab');
      await other.close();

      // The source has 停火止戰 here; the draft is Simplified.
      await spot.getByLabel('Restored text').fill('停火止战');
      await spot.getByRole('button', { name: 'Repair' }).click();
      await spot.getByText('Repaired as “停火止战”').waitFor();
      await expect(page.locator('#segment-a4').inputValue()).resolves.toContain('推动局势降温，停火止战，保护平民');
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.getByRole('heading', { name: 'Published' }).waitFor();
      await expect(focusedId(page)).resolves.toBe('publish-heading');

      const reader = await open();
      await reader.goto(`/zh-Hant/releases/mfa-presscon-mirror-${run}?script=hant`);
      await reader.waitForURL('**script=hant**');
      await expect(reader.locator('#p-a4 .cell.zh').textContent()).resolves.toContain('停火止戰');
      await expect(reader.locator('#p-a4 .cell.zh').getAttribute('lang')).resolves.toBe('zh-Hant');
      await expect(reader.getByText('Saved in the other tab').count()).resolves.toBeGreaterThan(0);

      // The list: the published draft says so; the MFA draft is discarded, after a second click.
      await page.goto('/en/import');
      await page.getByText(`Published as mfa-presscon-mirror-${run}`).waitFor();
      const mfa = page.locator('li', { hasText: '杨洁篪会见卢森堡外交大臣阿瑟伯恩' });
      await mfa.getByRole('button', { name: /^Discard:/ }).click();
      await mfa.getByRole('button', { name: /^Discard for good:/ }).click();
      await page.getByRole('status').filter({ hasText: 'Draft discarded.' }).waitFor();
      await expect(page.locator('li', { hasText: '杨洁篪会见卢森堡外交大臣阿瑟伯恩' }).count()).resolves.toBe(0);
    },
    240_000,
  );
});
