import { describe, expect, test } from 'vitest';
import { routing } from '@/i18n/routing';
import { safeNextPath } from './next-path';

const next = (value: unknown) => safeNextPath(value, routing.locales);

describe('safeNextPath', () => {
  test.each([
    ['/en', '/en'],
    ['/en/', '/en/'],
    ['/zh-Hant/releases/2024-03-08-x', '/zh-Hant/releases/2024-03-08-x'],
    ['/zh-Hans/releases/x?script=hk&layout=side#p-a2-1', '/zh-Hans/releases/x?script=hk&layout=side#p-a2-1'],
    ['/en/releases/../releases/x', '/en/releases/x'],
  ])('keeps the same-site path %s', (value, expected) => {
    expect(next(value)).toBe(expected);
  });

  test.each([
    ['an absolute URL', 'https://evil.example/en'],
    ['a protocol-relative URL', '//evil.example/en'],
    ['a backslash host', '/\\evil.example/en'],
    ['a backslash inside', '/en\\..\\..\\evil'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a path without a locale', '/releases/x'],
    ['an unknown locale', '/fr/releases/x'],
    ['a locale prefix of a longer segment', '/english/x'],
    ['dot segments leaving the locale', '/en/../api/auth/sign-out'],
    ['encoded dot segments leaving the locale', '/en/%2e%2e/evil'],
    ['a relative path', 'en/releases'],
    ['a tab (browsers strip it)', '/\t/evil.example'],
    ['a newline', '/en/\nx'],
    ['an empty string', ''],
    ['a non-string', ['/en']],
    ['undefined', undefined],
    ['an overlong path', `/en/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, value) => {
    expect(next(value)).toBeNull();
  });
});
