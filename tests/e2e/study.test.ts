import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseAnkiTsv } from '@/lib/study/export/anki';
import { parseCsv } from '@/lib/study/export/csv';
import { hydrated, launch, pageFactory, RELEASE, signUp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = pageFactory(() => browser, '198.51.100');
const reader = (query: string) => `/en/releases/${RELEASE}?${query}`;
const CHAIN_CHIEF: Record<string, string> = { hans: '链长', hant: '鏈長', tw: '鏈長', hk: '鏈長' };

/** The readings shown over each character of `word`'s first occurrence in the Chinese column. */
function readingsOf(page: Page, word: string) {
  return page.evaluate((word) => {
    for (const seg of document.querySelectorAll('.cell.zh .seg-text')) {
      const chars: [string, string][] = [];
      const walk = (node: Node) => {
        if (node instanceof HTMLElement && node.tagName === 'RUBY') {
          // One ruby per word: its characters, and its reading's syllables one each.
          const base = [...node.childNodes]
            .filter((n) => n.nodeName !== 'RT')
            .map((n) => n.textContent!)
            .join('');
          const syllables = node.querySelector('rt')!.textContent!.split(' ');
          Array.from(base).forEach((ch, i) => chars.push([ch, syllables[i]!]));
        } else if (node.nodeType === Node.TEXT_NODE) {
          for (const ch of node.textContent!) chars.push([ch, '']);
        } else node.childNodes.forEach(walk);
      };
      walk(seg);
      const at = chars
        .map(([c]) => c)
        .join('')
        .indexOf(word);
      if (at >= 0) return chars.slice(at, at + [...word].length).map(([, r]) => r);
    }
    return null;
  }, word);
}

/**
 * Where a word first occurs in the Chinese column (inside a marked term or, with `inTerm: false`,
 * outside every term), scrolled into view: the middle of its first character (or the one at
 * `index`), and its segment.
 */
function pointAtWord(page: Page, word: string, inTerm: boolean, index = 0) {
  return page.evaluate(
    ({ word, inTerm, index }) => {
      const walker = document.createTreeWalker(document.querySelector('.rows')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(word);
        const parent = n.parentElement!;
        if (at < 0 || !parent.closest('.cell.zh .seg-text') || parent.closest('rt') || Boolean(parent.closest('a.term')) !== inTerm) continue;
        const range = document.createRange();
        range.setStart(n, at + index);
        range.setEnd(n, at + index + 1);
        parent.scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, segment: parent.closest('.row')!.id };
      }
      throw new Error(`${word} not in the Chinese text`);
    },
    { word, inTerm, index },
  );
}

/** The pop-up is a chunk of its own, loaded after hydration; it makes each paragraph focusable once listening. */
const lookupReady = (page: Page) => page.locator('.seg-text[data-words][tabindex="0"]').first().waitFor();

const popup = (page: Page) => page.locator('.lookup-popup');

describe('pinyin over the text', () => {
  test.each(['hans', 'hant', 'tw', 'hk'])('turned on in %s: readings in context, kept for the next visit', async (script) => {
    const page = await open();
    await page.goto(reader(`script=${script}&pinyin=off`));
    expect(await page.locator('.cell.zh ruby').count()).toBe(0);
    await page.locator('summary', { hasText: 'Study' }).click();
    await page.getByRole('link', { name: 'Tone marks' }).click();
    await page.waitForURL(/pinyin=marks/);
    expect(await readingsOf(page, CHAIN_CHIEF[script])).toEqual(['liàn', 'zhǎng']);
    expect(await page.locator('#p-lead .cell.zh').getAttribute('lang')).toBe({ hans: 'zh-Hans', hant: 'zh-Hant', tw: 'zh-TW', hk: 'zh-HK' }[script]);
    // The choice is saved: the plain URL shows pinyin again.
    await page.goto(reader(`script=${script}`));
    expect(await readingsOf(page, CHAIN_CHIEF[script])).toEqual(['liàn', 'zhǎng']);
    await page.context().close();
  });

  test('zhuyin for Taiwan readers, tone numbers, and tone colours beside the marks', async () => {
    const page = await open();
    await page.goto(reader('script=tw&pinyin=zhuyin'));
    expect(await readingsOf(page, '鏈長')).toEqual(['ㄌㄧㄢˋ', 'ㄓㄤˇ']);
    await page.goto(reader('script=tw&pinyin=numbers&tones=plain'));
    expect(await readingsOf(page, '鏈長')).toEqual(['lian4', 'zhang3']);
    const colour = (tone: number) =>
      page
        .locator(`.cell.zh ruby.tone-${tone}, .cell.zh ruby .tone-${tone}`)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    // Without colours the tones are not sent at all (their spans are most of a ruby page's bytes).
    await expect(page.locator('.cell.zh [class^="tone-"]').count()).resolves.toBe(0);
    const plain = await page
      .locator('.cell.zh ruby')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    await page.getByRole('link', { name: 'Coloured' }).click();
    await page.waitForURL(/tones=colour/);
    expect(await colour(3)).not.toBe(plain);
    expect(await colour(3)).not.toBe(await colour(4));
    await page.context().close();
  });

  test('zhuyin beside the characters: each reading set vertically to the right of its character', async () => {
    const page = await open({ viewport: { width: 390, height: 844 } });
    await page.goto('/zh-Hant/releases/' + RELEASE + '?script=tw&pinyin=zhuyin-right&tones=plain');
    expect(await readingsOf(page, '鏈長')).toEqual(['ㄌㄧㄢˋ', 'ㄓㄤˇ']);
    const boxes = await page.locator('#p-lead .seg-text ruby').evaluateAll((rubies) =>
      rubies.slice(0, 8).map((ruby) => {
        const base = document.createRange();
        base.selectNodeContents(ruby.firstChild!);
        const b = base.getBoundingClientRect();
        const zy = ruby.querySelector('.zy')!;
        const r = zy.getBoundingClientRect();
        return { base: b.toJSON(), zy: r.toJSON(), mode: getComputedStyle(zy).writingMode, symbols: Array.from(zy.textContent!).length };
      }),
    );
    expect(boxes.length).toBe(8);
    for (const { base, zy, mode, symbols } of boxes) {
      expect(mode).toBe('vertical-rl');
      expect(zy.left).toBeGreaterThanOrEqual(base.right - 1); // to the right of the character
      expect(zy.top).toBeLessThan(base.bottom); // beside it, not above or below
      expect(zy.bottom).toBeGreaterThan(base.top);
      expect(zy.height).toBeGreaterThan((symbols - 0.5) * zy.width); // a column, top to bottom
    }
    await page.context().close();
  });

  test('copying text under pinyin gives the characters only', async () => {
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(reader('script=hant&pinyin=marks'));
    await hydrated(page);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#p-context .seg-text')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const api = await (await page.request.get(`/api/v1/releases/${RELEASE}?script=hant`)).json();
    expect(copied.trim()).toBe(api.segments.find((s: { id: string }) => s.id === 'context').zh);
    await page.context().close();
  });
});

describe('pop-up dictionary', () => {
  test('pointing at a word shows the glossary first, then CC-CEDICT, with the attribution', async () => {
    const page = await open();
    await page.goto(reader('script=hant&lookup=on&pinyin=off'));
    await lookupReady(page);
    const term = await pointAtWord(page, '專精特新', true);
    await page.mouse.move(term.x, term.y);
    await expect(popup(page).locator('.lookup-word').textContent()).resolves.toBe('專精特新');
    await expect(popup(page).locator('.lookup-entry').first().getAttribute('class')).resolves.toContain('source-curated');
    await expect(popup(page).locator('.lookup-entry').first().textContent()).resolves.toContain('zhuān jīng tè xīn');
    await expect(popup(page).getByText('CC-CEDICT (MDBG), CC BY-SA 4.0').isVisible()).resolves.toBe(true);
    const word = await pointAtWord(page, '經濟', false);
    await page.mouse.move(word.x, word.y);
    await popup(page).locator('.lookup-word', { hasText: '經濟' }).waitFor();
    await expect(popup(page).locator('.lookup-entries').textContent()).resolves.toContain('economy');
    await page.keyboard.press('Escape');
    await popup(page).waitFor({ state: 'hidden' });
    await page.context().close();
  });

  test('a word in context: 省 in 山东省 is Shandong Province, 省 before 工业和信息化厅 “province” first', async () => {
    const page = await open();
    await page.goto(reader('script=hans&lookup=on&pinyin=off'));
    await lookupReady(page);
    const province = await pointAtWord(page, '山东省', false, 2);
    await page.mouse.move(province.x, province.y);
    await popup(page).locator('.lookup-word', { hasText: '山东省' }).waitFor();
    await expect(popup(page).locator('.lookup-headword').first().textContent()).resolves.toBe('山东省');
    await expect(popup(page).locator('.lookup-entry').first().textContent()).resolves.toContain('Shandong Province');
    // The other script's form beside it.
    await expect(popup(page).locator('.lookup-entry').first().locator('.lookup-other[lang="zh-Hant"]').textContent()).resolves.toBe('山東省');
    const department = await pointAtWord(page, '。省', false, 1);
    await page.mouse.move(department.x, department.y);
    await popup(page).locator('.lookup-word', { hasText: /^省$/ }).waitFor();
    await expect(popup(page).locator('.lookup-definitions').first().textContent()).resolves.toMatch(/^province/);
    await page.context().close();
  });

  test('with pinyin on, pointing at a reading looks up the character under it', async () => {
    const page = await open();
    await page.goto(reader('script=hans&lookup=on&pinyin=marks'));
    await lookupReady(page);
    const rt = page.locator('#p-context .seg-text ruby').nth(2).locator('rt');
    await rt.scrollIntoViewIfNeeded();
    const box = (await rt.boundingBox())!;
    const base = await page
      .locator('#p-context .seg-text ruby')
      .nth(2)
      .evaluate((r) => r.firstChild!.textContent!);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await popup(page).locator('.lookup-word').waitFor();
    expect(await popup(page).locator('.lookup-word').textContent()).toContain(base);
    await page.context().close();
  });

  test('by keyboard: focus a paragraph, move word by word, open the entry, Escape returns', async () => {
    const page = await open();
    await page.goto(reader('script=hans&lookup=on&pinyin=marks'));
    await lookupReady(page);
    // Tab through the page until the first paragraph's Chinese has the focus.
    for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.matches('.seg-text[data-words]'))); i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('.row')?.id);
    expect(focused).toBe('p-lead');
    const first = await popup(page).locator('.lookup-word').textContent();
    expect(first).toBeTruthy();
    await page.locator('.lookup-live').filter({ hasText: first! }).waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((w) => document.querySelector('.lookup-word')?.textContent !== w, first);
    const second = await popup(page).locator('.lookup-word').textContent();
    const lead = await (await page.request.get(`/api/v1/releases/${RELEASE}?script=hans`)).json();
    // The next word: only numbers and punctuation (which the arrows skip) lie between the two.
    const zh: string = lead.segments[0].zh;
    const after = zh.indexOf(first!) + first!.length;
    expect(zh.slice(after, zh.indexOf(second!, after))).toMatch(/^[^\p{L}]*$/u);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('.lookup-popup'));
    await page.keyboard.press('Escape');
    await popup(page).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.closest('.row')?.id)).toBe('p-lead');
    // Down moves to the next paragraph, which becomes the one tab stop among them.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.row')?.id)).toBe('p-context');
    await popup(page).locator('.lookup-word').waitFor();
    expect(lead.segments[1].zh.startsWith((await popup(page).locator('.lookup-word').textContent())!)).toBe(true);
    expect(await page.locator('.seg-text[data-words][tabindex="0"]').count()).toBe(1);
    await page.context().close();
  });

  test('a word saved from the pop-up becomes my note, is marked, and goes to Anki and CSV', async () => {
    const page = await open();
    await signUp(page, 'Study Reader');
    await page.goto(reader('script=hant&lookup=on&pinyin=off'));
    await lookupReady(page);
    const word = await pointAtWord(page, '經濟', false);
    await page.mouse.move(word.x, word.y);
    await popup(page).locator('.lookup-word', { hasText: '經濟' }).waitFor();
    await popup(page).getByRole('button', { name: 'Add to my glossary' }).click();
    const dialog = page.locator('dialog.note-dialog');
    await expect(dialog.getByLabel('Term (1–30 characters)').inputValue()).resolves.toBe('經濟');
    await expect(dialog.getByLabel('Note', { exact: true }).inputValue()).resolves.toContain('jīng jì');
    await expect(dialog.getByLabel('Only me').isChecked()).resolves.toBe(true);
    const note = dialog.getByLabel('Note', { exact: true });
    await note.fill(`${await note.inputValue()}\n\n**central** to policy <img src=x onerror=alert(1)>\n\n- one\n- two`);
    await dialog.getByRole('button', { name: 'Save' }).click();
    // Saved: the term's card says so, with the note in it.
    await dialog.locator('.card-status').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator(`#${word.segment} a.term[href*="/glossary/经济?"]`).first().waitFor();
    // The pop-up now shows my note first, and offers to open it rather than write a second one.
    const again = await pointAtWord(page, '經濟', true);
    await page.mouse.move(again.x, again.y);
    await popup(page).locator('.lookup-entry.source-note').waitFor();
    await popup(page).getByRole('button', { name: 'Open my note' }).click();
    await expect(dialog.locator('.card-note').first().textContent()).resolves.toContain('jīng jì');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.goto(`/en/releases/${RELEASE}/vocabulary?script=hant&show=mine`);
    await expect(page.locator('.vocabulary-table tbody th').allTextContents()).resolves.toEqual(['經濟']);
    const [anki] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Anki (TSV)' }).last().click()]);
    const cards = parseAnkiTsv(await readFile((await anki.path())!, 'utf8'));
    expect(cards.rows.map((r) => r.front.replace(/<[^>]+>/g, ''))).toEqual(['經濟']);
    expect(cards.rows[0].back).toContain('jīng jì');
    // An Anki card is HTML: the note's Markdown arrives rendered and sanitised, never raw or as a live tag.
    const html = /<div class='note'>(.*?)<\/div>/.exec(cards.rows[0].back)![1]!;
    expect(html).toContain('<strong>central</strong>');
    expect(html).toMatch(/<ul>.*<li>one<\/li>.*<li>two<\/li>.*<\/ul>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/\*\*|<img|onerror="/);

    await page.goto(`/en/releases/${RELEASE}/vocabulary?script=hant&show=curated`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).first().click()]);
    const items = parseCsv(await readFile((await csv.path())!, 'utf8'));
    const term = items.find((i) => i.term === '專精特新')!;
    expect(term.pinyin).toBe('zhuān jīng tè xīn');
    expect(term.example?.zh).toContain('專精特新');
    expect(items.every((i) => i.source === 'curated')).toBe(true);
    await page.context().close();
  });
});

describe('pop-up dictionary on a phone', () => {
  test('a tapped word stays open until a tap elsewhere', async () => {
    const page = await open({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    await page.goto(reader('script=hk&lookup=on&pinyin=off'));
    await lookupReady(page);
    const word = await pointAtWord(page, '經濟', false);
    await page.touchscreen.tap(word.x, word.y);
    await popup(page).locator('.lookup-word', { hasText: '經濟' }).waitFor();
    await page.waitForTimeout(500);
    expect(await popup(page).isVisible()).toBe(true);
    // A tap inside the pop-up (to read a long entry) keeps it open.
    const definitions = (await popup(page).locator('.lookup-definitions').first().boundingBox())!;
    await page.touchscreen.tap(definitions.x + 4, definitions.y + definitions.height / 2);
    await page.waitForTimeout(300);
    expect(await popup(page).isVisible()).toBe(true);
    const box = (await popup(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Elsewhere: the bottom of the row's English, below the pop-up.
    const english = (await page.locator(`#${word.segment} .cell.en`).boundingBox())!;
    const url = page.url();
    await page.touchscreen.tap(english.x + 4, english.y + english.height - 4);
    await popup(page).waitFor({ state: 'hidden' });
    expect(page.url()).toBe(url);
    await page.context().close();
  });
});

describe('vocabulary on a phone', () => {
  test('a term keeps to one line, and the count and level columns line up from row to row', async () => {
    const page = await open({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`/zh-Hant/releases/${RELEASE}/vocabulary?script=hans`);
    const rows = await page.locator('.vocabulary-table tbody tr').evaluateAll((trs) => {
      // How many lines an element's text takes: its boxes, those that overlap vertically on one line
      // (a smaller label beside a number has another top).
      const lines = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const boxes = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
        let count = 0;
        let bottom = -Infinity;
        for (const r of boxes) {
          if (r.top >= bottom - 1) count++;
          bottom = Math.max(bottom, r.bottom);
        }
        return count;
      };
      const box = (el: Element) => [Math.round(el.getBoundingClientRect().left), Math.round(el.getBoundingClientRect().width)];
      return trs.slice(0, 40).map((tr) => {
        const term = tr.querySelector('th')!;
        const [count, level] = [...tr.querySelectorAll('td')].filter((td) => td.querySelector('.cell-label'));
        return { term: term.textContent, lines: lines(term), countLines: lines(count!), count: box(count!), level: box(level!) };
      });
    });
    const shandong = rows.find((r) => r.term === '山东省');
    expect(shandong, '山东省 among the first rows').toBeDefined();
    for (const row of rows) {
      expect(row.lines, row.term!).toBe(1);
      expect(row.countLines, `${row.term} count`).toBe(1);
      expect(row.count).toEqual(rows[0]!.count);
      expect(row.level).toEqual(rows[0]!.level);
    }
    await page.context().close();
  });

  test.each(['en', 'zh-Hans'])('fits 390 px without sideways scrolling (%s UI)', async (locale) => {
    const page = await open({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`/${locale}/releases/${RELEASE}/vocabulary?script=hant`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(await page.locator('.vocabulary-table tbody tr').count()).toBe(100);
    await page.context().close();
  });
});
