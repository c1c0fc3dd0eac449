import { describe, expect, test } from 'vitest';
import { encodeLegacy } from '@/tests/fixtures/import/legacy-encode';
import { decodeBytes } from './decode';
import { ImportError } from './errors';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, order: 'le' | 'be', bom = true) => {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Uint8Array.from([...(bom ? mark : []), ...bytes]);
};
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  return 'OK';
};

// Short Simplified phrases, the hard case for GBK against Big5.
const SHORT_HANS = ['中文', '你好', '新闻', '发布会', '经济发展', '记者提问', '山东省', '数字经济', '高质量发展', '国务院新闻办公室'];
const SHORT_HANT = ['發布會', '經濟發展', '記者提問', '數字經濟', '高質量發展', '臺北市政府新聞稿', '國務院新聞辦公室'];

describe('decodeBytes', () => {
  test.each([
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('發布會')]), 'utf-8', 'bom'],
    ['UTF-16LE with BOM', utf16('發布會, ok', 'le'), 'utf-16le', 'bom'],
    ['UTF-16BE with BOM', utf16('發布會, ok', 'be'), 'utf-16be', 'bom'],
    ['UTF-8', utf8('山東省人民政府新聞辦公室'), 'utf-8', 'strict-utf8'],
    ['ASCII', utf8('plain text'), 'utf-8', 'strict-utf8'],
    ['UTF-16LE without BOM', utf16('山东省人民政府新闻办公室举行新闻发布会, 2024', 'le', false), 'utf-16le', 'scored'],
  ] as const)('%s', (_, bytes, encoding, method) => {
    const decoded = decodeBytes(bytes);
    expect([decoded.encoding, decoded.method]).toEqual([encoding, method]);
    expect(decoded.text).not.toMatch(/^\ufeff/);
  });

  test('the BOM is not part of the text', () => {
    expect(decodeBytes(utf16('中文', 'le')).text).toBe('中文');
  });

  test.each(SHORT_HANS)('short GBK %s is GBK, not Big5', (text) => {
    const decoded = decodeBytes(encodeLegacy('gbk', text));
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.text).toBe(text);
  });

  test.each(SHORT_HANT)('short Big5 %s is Big5', (text) => {
    const decoded = decodeBytes(encodeLegacy('big5', text));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(text);
  });

  test('GBK with a four-byte GB18030 sequence is reported as GB18030', () => {
    const bytes = Uint8Array.from([...encodeLegacy('gbk', '中文经济发展'), 0x81, 0x39, 0xee, 0x39]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe('中文经济发展㐀');
  });

  test('a longer GBK text is detected with high confidence and the candidates are listed', () => {
    const decoded = decodeBytes(encodeLegacy('gbk', '山东省人民政府新闻办公室举行新闻发布会，介绍推进新型工业化发展情况，并回答记者提问。'));
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.confidence).toBeGreaterThan(0.8);
    expect(decoded.candidates.map((c) => c.encoding)).toEqual(['gbk', 'big5', 'utf-8']);
  });

  test("the page's declared charset wins when it reads as Chinese, not otherwise", () => {
    // Two rare characters whose GBK bytes read better as Big5 (模階): the declaration settles it.
    const ambiguous = encodeLegacy('gbk', '家顶');
    expect(decodeBytes(ambiguous)).toMatchObject({ encoding: 'big5', method: 'scored' });
    expect(decodeBytes(ambiguous, 'gb2312')).toMatchObject({ encoding: 'gbk', method: 'declared', text: '家顶' });
    const gbk = encodeLegacy('gbk', '山东省人民政府新闻办公室举行新闻发布会');
    expect(decodeBytes(gbk, 'big5')).toMatchObject({ encoding: 'gbk', method: 'scored' });
  });

  test('a UTF-8 file with one bad byte keeps the rest and marks the byte U+FFFD', () => {
    const good = utf8('山東省人民政府新聞辦公室舉行新聞發布會，介紹情況。');
    const bytes = Uint8Array.from([...good.subarray(0, 9), 0xff, ...good.subarray(9)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('山東省\ufffd人民政府新聞辦公室舉行新聞發布會，介紹情況。');
    expect(decoded.candidates[0].replacements).toBe(1);
  });

  test.each([
    ['empty', new Uint8Array(0), 'EMPTY'],
    ['NUL-filled', new Uint8Array(64), 'BINARY'],
    ['a PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'BINARY'],
    ['a PDF', utf8('%PDF-1.7\n'), 'BINARY'],
    ['control characters', utf8('\x01\x02\x03\x04 text \x05\x06'), 'BINARY'],
    ['garbage high bytes', Uint8Array.from({ length: 64 }, (_, i) => [0xa1, 0xa2, 0xa8, 0xa9][i % 4]), 'UNDECODABLE'],
  ])('%s → %s', (_, bytes, expected) => expect(code(() => decodeBytes(bytes))).toBe(expected));
});
