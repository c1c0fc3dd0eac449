import { expect, test } from 'vitest';
import { attachmentDisposition } from './disposition';

test('an ASCII slug name stands as it is in both parameters', () => {
  expect(attachmentDisposition('duizhao-2024-03-08-shandong-all-hant', 'csv')).toBe(
    `attachment; filename="duizhao-2024-03-08-shandong-all-hant.csv"; filename*=UTF-8''duizhao-2024-03-08-shandong-all-hant.csv`,
  );
});

test('anything else is slugged in filename= and percent-encoded, whole, in filename*=', () => {
  const header = attachmentDisposition('我的 "glossary"/../é (v2)', 'md');
  expect(header).toMatch(/^attachment; filename="glossary-e-v2\.md"; filename\*=UTF-8''/);
  const encoded = header.split("filename*=UTF-8''")[1];
  expect(encoded).toMatch(/^[A-Za-z0-9%._~!$&+^`|-]+$/); // RFC 5987 attr-char and pct-encoded only
  expect(decodeURIComponent(encoded)).toBe('我的 "glossary"/../é (v2).md');
});

test('a name with no ASCII letters still gets a usable filename=', () => {
  expect(attachmentDisposition('新质生产力', 'tsv')).toMatch(/^attachment; filename="download\.tsv"; filename\*=UTF-8''%E6%96%B0/);
});
