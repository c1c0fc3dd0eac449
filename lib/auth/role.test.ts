import { expect, test } from 'vitest';
import { parseRole } from './role';

test.each([
  ['reader', 'reader'],
  ['editor', 'editor'],
  ['admin', 'reader'],
  ['Editor', 'reader'],
  ['', 'reader'],
  [null, 'reader'],
  [undefined, 'reader'],
  [1, 'reader'],
])('%o is %s', (stored, role) => {
  expect(parseRole(stored)).toBe(role);
});
