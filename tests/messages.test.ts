import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { routing } from '@/i18n/routing';

const DIR = path.resolve(import.meta.dirname, '../messages');
const load = (locale: string) => JSON.parse(readFileSync(path.join(DIR, `${locale}.json`), 'utf8'));

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

test('there is one message file per locale and no other', () => {
  expect(readdirSync(DIR).sort()).toEqual(routing.locales.map((l) => `${l}.json`).sort());
});

test.each(routing.locales.filter((l) => l !== 'en'))('%s has exactly the English key set, every value filled', (locale) => {
  const messages = load(locale);
  expect(keys(messages).sort()).toEqual(keys(load('en')).sort());
  for (const key of keys(messages)) expect(key.split('.').reduce((o, k) => o[k], messages)).not.toBe('');
});
