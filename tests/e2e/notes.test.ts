import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { setRole } from '@/lib/db/roles';
import { hydrated, launch, pageFactory, RELEASE, signUp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = pageFactory(() => browser, '203.0.114');
const run = Date.now().toString(36);
const reader = (script: string) => `/en/releases/${RELEASE}?script=${script}`;

/** Selects `text` inside a segment's Chinese, as a mouse drag would. */
async function selectInSegment(page: Page, segment: string, text: string) {
  await page.evaluate(
    ({ segment, text }) => {
      const cell = document.querySelector(`#p-${segment} .cell.zh .seg-text`)!;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`${text} not in ${segment}`);
    },
    { segment, text },
  );
}

const dialog = (page: Page) => page.locator('dialog.note-dialog');
const termIn = (page: Page, segment: string, key: string) => page.locator(`#p-${segment} .cell.zh a.term[href*="/glossary/${key}?"]`);

async function writeNote(page: Page, body: string, visibility: 'Only me' | 'Every reader') {
  await dialog(page).getByLabel('Note', { exact: true }).fill(body);
  await dialog(page).getByLabel(visibility).check();
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  // Saving shows the term's card, saying so, with the note in it.
  await dialog(page).locator('.card-status', { hasText: 'Note saved' }).waitFor();
  const bodies = await dialog(page).locator('.note-body').allTextContents();
  expect(bodies.some((b) => b.includes(body.replace(/\*/g, '')))).toBe(true);
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'hidden' });
}

describe('notes on terms', () => {
  test('select a term, note it, see it in another script, edit it, see the history, delete it', async () => {
    const page = await open();
    await signUp(page, `Ana ${run}`);
    await page.goto(reader('hans'));
    await hydrated(page);
    // 积极 is not a curated term: nothing marks it until the note exists.
    await expect(termIn(page, 's5', '积极').count()).resolves.toBe(0);
    await selectInSegment(page, 's5', '积极');
    await page.getByRole('button', { name: 'Note on 积极' }).click();
    await expect(dialog(page).getByLabel('Term (1–30 characters)').inputValue()).resolves.toBe('积极');
    await writeNote(page, 'Means **active**; a stock adverb.', 'Only me');
    await termIn(page, 's5', '积极').first().waitFor();

    await page.goto(reader('hant'));
    await hydrated(page);
    const term = termIn(page, 's5', '积极').first();
    await expect(term.textContent()).resolves.toBe('積極');
    await term.click();
    await expect(dialog(page).locator('.note-body strong').textContent()).resolves.toBe('active');

    await dialog(page).getByRole('button', { name: 'Edit' }).click();
    await dialog(page).getByLabel('Note', { exact: true }).fill('Means *positive, active*.');
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await dialog(page).locator('.note-body em').waitFor();
    await dialog(page).getByRole('button', { name: 'History' }).click();
    await expect(dialog(page).locator('.note-history').textContent()).resolves.toContain('active');
    await expect(dialog(page).locator('.note-history strong').textContent()).resolves.toBe('active');

    page.once('dialog', (confirm) => confirm.accept());
    await dialog(page).getByRole('button', { name: 'Delete' }).click();
    await page.waitForFunction(() => !document.querySelector('#p-s5 a.term[href*="/glossary/积极?"]'));
  });

  test('another reader sees a shared note but not a private one', async () => {
    const author = await open();
    await signUp(author, `Bo ${run}`);
    await author.goto(reader('hant'));
    await hydrated(author);
    await selectInSegment(author, 'a1-4', '催生');
    await author.getByRole('button', { name: 'Note on 催生' }).click();
    await writeNote(author, 'Private thought on 催生', 'Only me');
    await termIn(author, 'a1-4', '催生').first().waitFor(); // the page has re-rendered with the new mark
    await selectInSegment(author, 'a1-4', '強勁引擎');
    await author.getByRole('button', { name: 'Note on 強勁引擎' }).click();
    await writeNote(author, 'Shared: a stock phrase for growth drivers', 'Every reader');

    const other = await open();
    await signUp(other, `Cy ${run}`);
    await other.goto(reader('hans'));
    await hydrated(other);
    await expect(termIn(other, 'a1-4', '催生').count()).resolves.toBe(0);
    const shared = termIn(other, 'a1-4', '强劲引擎');
    await expect(shared.textContent()).resolves.toBe('强劲引擎');
    await shared.click();
    await expect(dialog(other).locator('.card-note').textContent()).resolves.toContain(`Bo ${run}`);
    await expect(dialog(other).getByRole('button', { name: 'Edit' }).count()).resolves.toBe(0);
    const html = await other.content();
    expect(html).not.toContain('Private thought');
  });

  test('a note on a term inside a longer one shows on the longer term’s card, marked, and a card offers a note on its term', async () => {
    const page = await open();
    await signUp(page, `Ed ${run}`);
    await page.goto(reader('hant'));
    await hydrated(page);
    const longer = termIn(page, 's3', '腾笼换鸟，凤凰涅槃');
    // Undraggable from the moment a pointer goes down on it (not in the markup, which repeats it for every term).
    await longer.dispatchEvent('pointerdown');
    await expect(longer.getAttribute('draggable')).resolves.toBe('false');
    await selectInSegment(page, 's3', '騰籠換鳥');
    await page.getByRole('button', { name: 'Note on 騰籠換鳥' }).click();
    await writeNote(page, 'Vacate the cage, change the bird: old industry out, new in.', 'Only me');
    await page.waitForFunction(() => document.querySelector('#p-s3 a.term.has-mine')?.getAttribute('data-nested')?.includes('腾笼换鸟'));
    await longer.click();
    const inside = dialog(page).getByRole('region', { name: /Inside this term: 騰籠換鳥/ });
    await expect(inside.locator('.note-body').textContent()).resolves.toContain('Vacate the cage');
    // The card of the longer term offers a note on it, the form starting with its form in this script.
    await dialog(page).getByRole('button', { name: 'Add a note on this term' }).click();
    await expect(dialog(page).getByLabel('Term (1–30 characters)').inputValue()).resolves.toBe('騰籠換鳥，鳳凰涅槃');
  });

  test('the whole flow by keyboard', async () => {
    const page = await open();
    await signUp(page, `Di ${run}`);
    await page.goto(reader('hk'));
    await hydrated(page);
    await page.getByRole('button', { name: 'Add a note' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('骨幹');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Backbone, as in 以先進製造業為骨幹.');
    await page.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await dialog(page).locator('.card-status').waitFor();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    const term = page.locator('a.term[href*="/glossary/骨干?"]').first();
    await term.waitFor();
    await term.focus();
    await expect(term.getAttribute('class')).resolves.toContain('active');
    await page.keyboard.press('Enter');
    await dialog(page).locator('.note-body').waitFor();
    await expect(dialog(page).locator('.note-body').textContent()).resolves.toContain('Backbone');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
  });

  test('focusing a term lights its English rendering in the same row', async () => {
    const page = await open();
    await page.goto(reader('hans'));
    const term = termIn(page, 'lead', '新型工业化').first();
    await hydrated(page);
    await term.focus();
    const lit = page.locator('#p-lead .term-en.active[data-term="新型工业化"]');
    expect(await lit.count()).toBeGreaterThan(0);
    await expect(lit.first().textContent()).resolves.toBe('new industrialization');
  });

  test('an editor edits a curated entry and its previous version shows in the history', async () => {
    const page = await open();
    const name = `Ed ${run}`;
    await signUp(page, name);
    // Editors are made by `npm run user:create`; here the test promotes its own account directly.
    const prisma = createPrismaClient(inject('databaseURL'));
    await setRole(prisma, { name }, 'editor');
    await prisma.$disconnect();
    await page.goto(reader('hans'));
    await hydrated(page);
    await termIn(page, 's2', '卡脖子').first().click();
    const before = await dialog(page).locator('section p[lang="en"]').last().textContent();
    await dialog(page).getByRole('button', { name: 'Edit entry' }).click();
    await dialog(page).getByLabel('Explanation').fill('Chokepoint technologies: revised by an editor.');
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await dialog(page).getByText('revised by an editor').waitFor();
    await dialog(page).getByRole('button', { name: 'Entry history' }).click();
    await expect(dialog(page).locator('.note-history').textContent()).resolves.toContain(before!.slice(0, 40));
    await expect(dialog(page).locator('.note-history').textContent()).resolves.toContain(name);
  });

  test('a reader is offered no entry editing', async () => {
    const page = await open();
    await signUp(page, `Fa ${run}`);
    await page.goto(reader('hans'));
    await hydrated(page);
    await termIn(page, 's2', '卡脖子').first().click();
    await dialog(page).locator('.term-card').waitFor();
    await expect(dialog(page).getByRole('button', { name: 'Edit entry' }).count()).resolves.toBe(0);
  });

  test.each([
    ['zh-Hans', '打开词汇表词条', '添加笔记'],
    ['zh-Hant', '開啟詞彙表詞條', '新增筆記'],
  ])('the term card and note button speak the %s UI', async (locale, openEntry, addNote) => {
    const page = await open();
    await page.goto(`/${locale}/releases/${RELEASE}`);
    await hydrated(page);
    await expect(page.getByRole('button', { name: addNote }).count()).resolves.toBe(1);
    await page.locator('#p-a2-1 a.term').first().click();
    await dialog(page).getByRole('link', { name: openEntry }).waitFor();
  });

  test('without JavaScript a term is a link to its glossary entry', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(reader('hans'));
    await termIn(page, 'a2-1', '专精特新').first().click();
    await page.waitForURL('**/en/glossary/**');
    await expect(page.locator('h1').textContent()).resolves.toContain('专精特新');
    expect(await page.locator('.concordance li').count()).toBeGreaterThanOrEqual(3);
  });
});
