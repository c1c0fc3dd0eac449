import { describe, expect, test } from 'vitest';
import { SESSION_LIFETIME, unextendedUntil } from './session';

describe('unextendedUntil', () => {
  test('is a day after a fresh session began, well before it expires', () => {
    const began = Date.UTC(2026, 11, 1);
    const expiresAt = new Date(began + SESSION_LIFETIME.expiresIn * 1000);
    expect(unextendedUntil(expiresAt)).toBe(began + 24 * 3600 * 1000);
    expect(unextendedUntil(expiresAt)).toBeLessThan(expiresAt.getTime());
  });
});
