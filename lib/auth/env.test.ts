import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseAuthEnv, resolveAuthSettings, secretFileFor } from './env';

const SECRET = 'k'.repeat(20) + 'Q9x-aZ3_b7Yc1dEf';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-auth-env-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('parseAuthEnv', () => {
  test.each([
    [{}, { BETTER_AUTH_SECRET: undefined, BETTER_AUTH_URL: undefined }],
    [
      { BETTER_AUTH_SECRET: '', BETTER_AUTH_URL: '' },
      { BETTER_AUTH_SECRET: undefined, BETTER_AUTH_URL: undefined },
    ],
    [{ BETTER_AUTH_URL: 'https://duizhao.example/' }, { BETTER_AUTH_SECRET: undefined, BETTER_AUTH_URL: 'https://duizhao.example' }],
    [{ BETTER_AUTH_URL: 'http://localhost:3000' }, { BETTER_AUTH_SECRET: undefined, BETTER_AUTH_URL: 'http://localhost:3000' }],
    [{ BETTER_AUTH_SECRET: SECRET }, { BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: undefined }],
  ])('%o parses', (source, expected) => {
    expect(parseAuthEnv(source)).toEqual(expected);
  });

  test.each([
    [{ BETTER_AUTH_SECRET: 'short' }, /BETTER_AUTH_SECRET: must be at least 32/],
    [{ BETTER_AUTH_URL: 'duizhao.example' }, /BETTER_AUTH_URL: must be the site origin/],
    [{ BETTER_AUTH_URL: 'ftp://duizhao.example' }, /BETTER_AUTH_URL/],
  ])('%o fails naming the variable', (source, message) => {
    expect(() => parseAuthEnv(source)).toThrow(message);
  });
});

describe('the secret', () => {
  test('lives beside the SQLite file', () => {
    expect(secretFileFor('file:/srv/duizhao/app.db')).toBe('/srv/duizhao/auth-secret');
    expect(secretFileFor('file:./data/duizhao.db')).toBe(path.resolve('data/auth-secret'));
  });

  test('BETTER_AUTH_SECRET wins and no file is written', () => {
    const dir = tempDir();
    const settings = resolveAuthSettings({ BETTER_AUTH_SECRET: SECRET }, `file:${dir}/app.db`);
    expect(settings.secret).toBe(SECRET);
    expect(() => statSync(path.join(dir, 'auth-secret'))).toThrow();
  });

  test('without it, one is generated on first use, owner-only, and reused after', () => {
    const dir = tempDir();
    const url = `file:${dir}/nested/app.db`;
    const first = resolveAuthSettings({}, url).secret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, 'nested/auth-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSettings({}, url).secret).toBe(first);
    // A different database gets its own.
    expect(resolveAuthSettings({}, `file:${tempDir()}/app.db`).secret).not.toBe(first);
  });
});
