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
])('%s has no serious or critical axe violation', async (_name, path, width) => {
  const page = await newPage(browser, { viewport: { width, height: 900 } });
  await page.goto(path);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
