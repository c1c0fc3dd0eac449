import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { SEED_PATH } from '@/tests/fixtures/seed';
import { afterAll, describe, expect, test } from 'vitest';
import { releaseSchema } from '@/lib/content/schema';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const script = path.join(repoRoot, 'scripts/import.ts');
const seed = SEED_PATH;
const gbkFixture = path.join(repoRoot, 'tests/fixtures/import/gbk-press-release.txt');
const curatedSeed = path.join(repoRoot, 'content/releases/2024-03-08-shandong-new-industrialization.yaml');

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh working directory: the CLI looks for curated releases under its content/releases. */
function workdir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-import-'));
  dirs.push(dir);
  return dir;
}

function run(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [tsx, script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readDraft = (file: string) => releaseSchema.parse(parse(readFileSync(file, 'utf8')));

describe('scripts/import.ts', () => {
  test('writes a valid draft and prints the report', () => {
    const cwd = workdir();
    const { code, stdout, stderr } = run(cwd, gbkFixture, '--slug', 'gbk-test', '--date', '2024-03-15', '--source-url', 'https://example.gov.cn/1.html');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('encoding     gbk');
    expect(stdout).toContain('script       hans');
    expect(stdout).toContain('by editor-credit: 责任编辑:王芳');
    const draft = readDraft(path.join(cwd, 'content/releases/gbk-test.yaml'));
    expect(draft).toMatchObject({ slug: 'gbk-test', date: '2024-03-15', sourceScript: 'hans', sourceUrl: 'https://example.gov.cn/1.html' });
    expect(draft.segments).toHaveLength(11);
    expect(draft.segments.every((s) => s.en === '')).toBe(true);
  });

  test('takes the slug from the file name and writes to --out', () => {
    const cwd = workdir();
    expect(run(cwd, gbkFixture, '--date', '2024-03-15', '--out', 'drafts').code).toBe(0);
    expect(readDraft(path.join(cwd, 'drafts/gbk-press-release.yaml')).slug).toBe('gbk-press-release');
  });

  test('never overwrites an existing file without --force', () => {
    const cwd = workdir();
    const target = path.join(cwd, 'out/x.yaml');
    mkdirSync(path.dirname(target));
    writeFileSync(target, 'keep me\n');
    const refused = run(cwd, gbkFixture, '--slug', 'x', '--date', '2024-03-15', '--out', 'out');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[EXISTS]');
    expect(refused.stderr).toContain('pass --force');
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    expect(run(cwd, gbkFixture, '--slug', 'x', '--date', '2024-03-15', '--out', 'out', '--force').code).toBe(0);
    expect(readDraft(target).slug).toBe('x');
  });

  test.each([
    ['a missing file', () => ['nope.txt'], 1, '[READ_FAILED] cannot read nope.txt: ENOENT'],
    ['a directory', () => ['.'], 1, '[READ_FAILED] . is not a file'],
    ['an empty file', (cwd: string) => [write(cwd, 'empty.txt', '')], 1, '[EMPTY] the file is empty'],
    ['a binary file', (cwd: string) => [write(cwd, 'nul.txt', Buffer.alloc(100))], 1, '[BINARY]'],
    ['a file over 5 MB', (cwd: string) => [write(cwd, 'big.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 0x41))], 1, '[TOO_LARGE]'],
    ['no file', () => [], 2, '[INVALID_ARGS] expected one FILE, got 0'],
    ['two files', () => ['a.txt', 'b.txt'], 2, '[INVALID_ARGS] expected one FILE, got 2'],
    ['a bad date', () => [gbkFixture, '--date', '2024-13-40'], 2, '--date: a date as YYYY-MM-DD'],
    ['a bad slug', () => [gbkFixture, '--slug', 'Not A Slug', '--date', '2024-03-15'], 2, '--slug: lowercase letters'],
    ['a bad URL', () => [gbkFixture, '--source-url', 'not a url', '--date', '2024-03-15'], 2, '--source-url: a URL'],
    ['an unknown option', () => [gbkFixture, '--frobnicate'], 2, "Unknown option '--frobnicate'"],
    ['no date anywhere', () => [gbkFixture], 2, 'the text gives no full date: pass --date YYYY-MM-DD'],
  ])('refuses %s with a clear message', (_, args, exitCode, message) => {
    const cwd = workdir();
    const { code, stderr } = run(cwd, ...args(cwd));
    expect(code).toBe(exitCode);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(existsSync(path.join(cwd, 'content'))).toBe(false);
  });

  test('refuses damaged text unless --accept-damage, then lists the spots in the note', () => {
    const cwd = workdir();
    const refused = run(cwd, seed, '--slug', 'seed', '--date', '2024-03-08');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[DAMAGED] 5 spot(s) of encoding damage');
    expect(refused.stdout).toContain('Damage: 5 spot(s)');
    expect(existsSync(path.join(cwd, 'content/releases/seed.yaml'))).toBe(false);

    const accepted = run(cwd, seed, '--slug', 'seed', '--date', '2024-03-08', '--accept-damage');
    expect(accepted.code).toBe(0);
    const draft = readDraft(path.join(cwd, 'content/releases/seed.yaml'));
    expect(draft.editorial.note).toContain('Encoding damage accepted for a curator to repair (5)');
    // The seed is a naively converted Traditional copy: the draft is Simplified, the spot kept as scraped.
    expect(draft.sourceScript).toBe('hans');
    expect(draft.segments.find((s) => s.id === 's3')?.zh).toContain('减量?jī)?yōu)化');
  });

  test('takes damage repaired by the curated release for the slug', () => {
    const cwd = workdir();
    const curated = parse(readFileSync(curatedSeed, 'utf8'));
    curated.slug = 'seed';
    // The curated release's own repairs: the damaged text as scraped (Traditional), restored in its Simplified.
    expect(curated.editorial.repairs).toHaveLength(5);
    write(cwd, 'content/releases/seed.yaml', stringify(curated));
    const { code, stdout } = run(cwd, seed, '--slug', 'seed', '--date', '2024-03-08', '--out', 'drafts');
    expect(code).toBe(0);
    expect(stdout).toContain('5 curated repairs applied');
    const draft = readDraft(path.join(cwd, 'drafts/seed.yaml'));
    // The curated release is the Simplified original; so is the draft made from the scraped Traditional copy.
    expect(draft.segments.map((s) => s.zh)).toEqual(curated.segments.map((s: { zh: string }) => s.zh));
    expect(Object.values(draft.speakers).map((s) => s.zh)).toContain('大众日报·大众新闻客户端记者');
    expect(draft.editorial.repairs).toHaveLength(5);
  });

  test('shows progress on stderr for a big file', () => {
    const cwd = workdir();
    const big = write(cwd, 'big.txt', '2024年3月8日，舉行新聞發布會。\n' + '推進新型工業化發展，提升產業創新能力。\n'.repeat(25_000));
    const { code, stderr } = run(cwd, big);
    expect(code).toBe(0);
    expect(stderr).toContain('import: decode…');
    expect(stderr).toContain('import: structure…');
  });
});

function write(cwd: string, name: string, content: string | Buffer): string {
  const file = path.join(cwd, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}
