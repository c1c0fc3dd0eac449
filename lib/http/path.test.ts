import { expect, test } from 'vitest';
import { decodeSegment, hasMalformedEscape, iriSegment } from './path';

test.each(['/en/glossary/%ff', '/api/v1/releases/%E0%A4%A', '/en/%C0%AE%C0%AE', '/en/%', '/en/%%', '/en/%u0041', '/en/%ED%A0%80', '/en/a%2'])('%s is malformed', (path) =>
  expect(hasMalformedEscape(path)).toBe(true),
);

test.each(['/en/glossary/%E4%B8%93%E7%B2%BE%E7%89%B9%E6%96%B0', '/en/releases/x', '/api/v1/glossary/%F0%A0%AE%B7', '/en/a%20b'])('%s is fine', (path) =>
  expect(hasMalformedEscape(path)).toBe(false),
);

test('decodeSegment decodes, and keeps a stray % as it is', () => {
  expect(decodeSegment('%E5%B0%88%E7%B2%BE')).toBe('專精');
  expect(decodeSegment('100%')).toBe('100%');
});

test('iriSegment keeps Chinese and unreserved ASCII, encodes the rest', () => {
  expect(iriSegment('专精特新')).toBe('专精特新');
  expect(iriSegment('5G/6G 网络?#%')).toBe('5G%2F6G%20网络%3F%23%25');
  expect(decodeURIComponent(iriSegment('a-b_c.d~e"<'))).toBe('a-b_c.d~e"<');
});
