import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { loadOrCreateSecret } from './secret';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(path.join(tmpdir(), 'duizhao-secret-')));

test('an existing secret is read, not replaced', () => {
  const file = path.join(fresh(), 'auth-secret');
  writeFileSync(file, `${'s'.repeat(40)}\n`);
  expect(loadOrCreateSecret(file)).toBe('s'.repeat(40));
});

test('creating leaves no temporary file behind, and every caller gets the same secret', () => {
  const file = path.join(fresh(), 'auth-secret');
  const secrets = new Set(Array.from({ length: 5 }, () => loadOrCreateSecret(file)));
  expect(secrets.size).toBe(1);
  expect(readdirSync(dir)).toEqual(['auth-secret']);
});

test('a truncated secret file is an error, not a weak secret', () => {
  const file = path.join(fresh(), 'auth-secret');
  writeFileSync(file, 'abc\n');
  expect(() => loadOrCreateSecret(file)).toThrow(/shorter than 32/);
});
