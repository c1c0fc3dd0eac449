// scripts/align.ts end to end: imports the Chinese as the importer does, reads the English, prints
// the links as JSON; bad input gives a clear message and exit code 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { CORPUS_DIR, corpusPresent, FIXTURES_DIR } from './pairs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const script = path.join(repoRoot, 'scripts/align.ts');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [tsx, script, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-align-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Printed = { zh: string[]; zhText: string; en: number[]; enText: string; kind: string; confidence: number };

describe('scripts/align.ts', () => {
  test('prints the links of a Taiwan interview as JSON, the title with the headline', () => {
    const { code, stdout, stderr } = run(path.join(FIXTURES_DIR, 'tw-president-2024-06-13-time.zh.txt'), path.join(FIXTURES_DIR, 'tw-president-2024-06-13-time.en.txt'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const links = JSON.parse(stdout) as Printed[];
    expect(links[0]).toMatchObject({ zh: ['title'], zhText: '總統接受「時代雜誌」（TIME）專訪內容', en: [1], enText: 'President Lai interviewed by Time magazine', kind: '1-1' });
    expect(links.at(-1)).toMatchObject({ en: [8, 9], kind: '1-2' });
    expect(links.at(-1)!.enText.split('\n')).toHaveLength(2);
    for (const l of links) expect(l.confidence).toBeGreaterThanOrEqual(0);
  });

  test('English paragraph numbers skip blank lines', () => {
    const en = path.join(dir, 'blank-lines.en.txt');
    writeFileSync(en, 'President Lai interviewed by Time magazine\n\n2024-06-13\n\n\nIn a recent interview with Time magazine, President Lai Ching-te responded to questions.\n');
    const zh = path.join(dir, 'short.zh.txt');
    writeFileSync(zh, '總統接受「時代雜誌」（TIME）專訪內容\n113年06月13日\n賴清德總統日前接受「時代雜誌」（TIME）專訪，回應媒體提問。\n');
    const { code, stdout } = run(zh, en);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Printed[]).map((l) => l.en)).toEqual([[1], [2], [3]]);
  });

  test.skipIf(!corpusPresent)('aligns a Hong Kong pair of the shared corpus', () => {
    const name = path.join(CORPUS_DIR, 'hk20260122_red_flags_beaches');
    const { code, stdout } = run(`${name}.zh.txt`, `${name}.en.txt`);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Printed[]).map((l) => [l.en, l.kind])).toEqual([
      [[1], '1-1'],
      [[2], '1-1'],
      [[3], '1-1'],
      [[4, 5], '1-2'],
    ]);
  });

  test.each([
    [[], /expected ZH_FILE and EN_FILE, got 0 arguments/],
    [['missing.zh.txt', 'missing.en.txt'], /cannot read missing\.zh\.txt: ENOENT/],
    [[path.join(FIXTURES_DIR, 'mfa-2024-06-17-presscon.en.txt'), path.join(FIXTURES_DIR, 'mfa-2024-06-17-presscon.en.txt')], /cannot import the Chinese file: \[NOT_CHINESE\]/],
    [[path.join(FIXTURES_DIR, 'mfa-2024-06-17-presscon.zh.txt'), 'page.html'], /cannot read page\.html: ENOENT/],
  ])('exit code 2 with a message (%#)', (args, message) => {
    const { code, stderr, stdout } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  test.skipIf(!corpusPresent)('reads the English from an HTML page as from its text', () => {
    const name = path.join(CORPUS_DIR, 'hk20260122_red_flags_beaches');
    const [headline, ...body] = readFileSync(`${name}.en.txt`, 'utf8').trim().split('\n');
    const page = path.join(dir, 'red-flags.en.html');
    // The page as the government's site lays one out: navigation, the headline, <br>-separated text, its footer.
    writeFileSync(
      page,
      `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title></head><body><nav><a href="/">Home</a> <a href="/news">Press releases</a></nav>` +
        `<h1>${headline}</h1><div id="pressrelease">${body.map((p) => `&nbsp;&nbsp;${p.replace(/&/g, '&amp;')}`).join('<br><br>\n')}</div>` +
        '<p>Ends/Thursday, January 22, 2026<br>Issued at HKT 10:22</p><p>NNNN</p></body></html>',
    );
    const fromText = run(`${name}.zh.txt`, `${name}.en.txt`);
    const fromPage = run(`${name}.zh.txt`, page);
    expect(fromPage.stderr).toBe('');
    expect(JSON.parse(fromPage.stdout)).toEqual(JSON.parse(fromText.stdout));
  });

  test('English that is not UTF-8 text', () => {
    const latin = path.join(dir, 'latin.en.txt');
    writeFileSync(latin, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const { code, stderr } = run(path.join(FIXTURES_DIR, 'mfa-2024-06-17-presscon.zh.txt'), latin);
    expect(code).toBe(2);
    expect(stderr).toMatch(/latin\.en\.txt: the text is not UTF-8/);
  });

  test('an English file with no paragraphs', () => {
    const empty = path.join(dir, 'empty.en.txt');
    writeFileSync(empty, '\n \n');
    const { code, stderr } = run(path.join(FIXTURES_DIR, 'mfa-2024-06-17-presscon.zh.txt'), empty);
    expect(code).toBe(2);
    expect(stderr).toMatch(/has no English paragraphs/);
  });
});
