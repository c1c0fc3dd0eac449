import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newPage, RELEASE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test.each([
  ['library', '/en', 1280],
  ['library (phone, Simplified UI)', '/zh-Hans', 390],
  ['reader', `/en/releases/${RELEASE}`, 1280],
  ['reader (phone, Taiwan wording)', `/zh-Hant/releases/${RELEASE}?script=tw&wording=tw`, 390],
  ['reader (interleaved, Hong Kong)', `/en/releases/${RELEASE}?script=hk&layout=interleaved`, 1280],
  ['glossary', '/en/glossary?q=chain', 1280],
  ['glossary (phone, Traditional UI)', '/zh-Hant/glossary?sort=count', 390],
  ['glossary entry', `/zh-Hans/glossary/${encodeURIComponent('專精特新')}?script=hans`, 1280],
  ['reader with pinyin and tone colours', `/en/releases/${RELEASE}?script=hans&pinyin=marks&tones=colour&lookup=on`, 1280],
  ['reader with zhuyin (phone)', `/zh-Hant/releases/${RELEASE}?script=tw&pinyin=zhuyin&tones=colour`, 390],
  ['reader with zhuyin beside the characters (phone, dark)', `/zh-Hant/releases/${RELEASE}?script=tw&pinyin=zhuyin-right&tones=colour`, 390, 'dark'],
  ['reader with pinyin and tone colours (dark)', `/en/releases/${RELEASE}?script=hans&pinyin=marks&tones=colour#p-a2-1`, 1280, 'dark'],
  ['vocabulary', `/en/releases/${RELEASE}/vocabulary?script=hant`, 1280],
  ['vocabulary (phone, Simplified UI)', `/zh-Hans/releases/${RELEASE}/vocabulary?script=hans&show=curated&sort=frequency`, 390],
  ['search', `/en/search?q=${encodeURIComponent('专精特新')}`, 1366],
  ['search (phone, Simplified UI, dark, second page)', `/zh-Hans/search?q=${encodeURIComponent('台湾')}&page=2`, 390, 'dark'],
  ['search with glossary terms (phone, Traditional UI)', '/zh-Hant/search?q=zhuanjingtexin&script=tw', 390],
  ['search refused (dark)', `/en/search?q=${encodeURIComponent('台湾')}&from=2024-03-02&to=2024-03-01`, 1366, 'dark'],
] as [string, string, number, ('light' | 'dark')?][])(
  '%s has no serious or critical axe violation',
  async (_name, path, width, colorScheme = 'light') => {
    const page = await newPage(browser, { viewport: { width, height: 900 }, colorScheme });
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  },
  120_000,
); // axe checks the contrast of every ruby reading: ~25 s on a pinyin page here

test('an open term card has no serious or critical axe violation', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`/en/releases/${RELEASE}?script=hans`);
  await page.waitForFunction(() => document.querySelector('button.copy-citation:not([disabled])'));
  await page.locator('#p-a2-1 a.term[href*="/glossary/专精特新?"]').first().click();
  await page.locator('dialog.note-dialog .term-card').waitFor();
  const { violations } = await new AxeBuilder({ page }).include('dialog.note-dialog').analyze();
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('an open pop-up dictionary has no serious or critical axe violation', async () => {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`/en/releases/${RELEASE}?script=hant&lookup=on&pinyin=off`);
  await page.locator('#p-lead .seg-text[tabindex="0"]').focus();
  await page.locator('.lookup-popup .lookup-entries, .lookup-popup p').first().waitFor();
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
