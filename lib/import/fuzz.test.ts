import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_PATH } from '@/tests/fixtures/seed';
import { describe, expect, test } from 'vitest';
import { buildDraft } from './draft';
import { ImportError } from './errors';
import { DEFAULT_MAX_BYTES, importDocument } from './index';
import { resolveDamage } from './repairs';
import { prng } from '@/tests/support/prng';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seed = new Uint8Array(readFileSync(SEED_PATH));
const gbk = new Uint8Array(readFileSync(path.join(repoRoot, 'tests/fixtures/import/gbk-press-release.txt')));

type Outcome = { ok: true; segments: number } | { ok: false; code: string };

/** Runs the importer and the draft builder; anything but a result or an ImportError fails the test. */
function outcome(bytes: Uint8Array): Outcome {
  try {
    const result = importDocument(bytes);
    const draft = buildDraft(result, { slug: 'fuzz', date: '2024-01-01', sourceUrl: null, sourceName: 'fuzz' }, resolveDamage(result, undefined, true));
    return { ok: true, segments: draft.segments.length };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { ok: false, code: error.code };
  }
}

const expectHandled = (bytes: Uint8Array) => {
  const result = outcome(bytes);
  if (!result.ok) expect(result.code).not.toBe('INTERNAL');
  else expect(result.segments).toBeGreaterThan(0);
  return result;
};

const TOKENS = [
  '發',
  '(fā)',
  '布會',
  '?',
  '?jī)',
  '\ufffd',
  ',',
  ';',
  ':',
  '!',
  '"',
  "'",
  '(',
  ')',
  '（',
  '）',
  '一、',
  '十一、',
  '一是',
  '二是',
  '記者:',
  '王茂慶:',
  '。',
  '\n',
  '\r\n',
  ' ',
  '\u3000',
  '2023',
  '-',
  '7.1%',
  'GDP',
  '5G',
  '昵稱 驗證碼',
  '版權所有',
  '<p>',
  '</p>',
  '<br>',
  '&amp;',
  '&#',
  '<script>',
  '<!--',
  'e.g.',
  '这个',
  '這個',
  '\u200b',
  '2024年3月8日',
  '新聞辦公室',
  '<div>',
  '</div>',
  '<s>',
  '&#0',
  '(á)',
  '會(huì )',
  '問：',
  '答：',
  '總統：',
  '——',
  '（一）',
  '1.',
  '［1］',
  '注释',
  '評論',
  '113年06月13日',
  '山東&#0廣播電視臺(á)記者:',
  '；',
  '？',
  '制造',
  '于',
];

describe('the importer never throws anything but an ImportError', () => {
  test.each(Array.from({ length: 60 }, (_, i) => 1000 + i))('random bytes, seed %i', (seedValue) => {
    const random = prng(seedValue);
    const bytes = Uint8Array.from({ length: random.int(2048) }, () => random.int(256));
    expectHandled(bytes);
  });

  test.each(Array.from({ length: 60 }, (_, i) => 2000 + i))('random high bytes without NUL, seed %i', (seedValue) => {
    const random = prng(seedValue);
    expectHandled(Uint8Array.from({ length: 1 + random.int(512) }, () => 0x80 + random.int(128)));
  });

  test.each(Array.from({ length: 40 }, (_, i) => 3000 + i))('truncated and corrupted multi-byte text, seed %i', (seedValue) => {
    const random = prng(seedValue);
    const source = random.pick([seed, gbk]);
    const cut = source.slice(random.int(source.length), random.int(source.length + 1));
    for (let flips = random.int(4); flips > 0 && cut.length; flips--) cut[random.int(cut.length)] = random.int(256);
    expectHandled(cut);
  });

  test.each(Array.from({ length: 60 }, (_, i) => 4000 + i))('random press-release-like tokens, seed %i', (seedValue) => {
    const random = prng(seedValue);
    const text = Array.from({ length: random.int(300) }, () => random.pick(TOKENS)).join('');
    if (!expectHandled(new TextEncoder().encode(text)).ok) return;
    // Every reported spot is at its offset in the text and inside the part it names.
    const result = importDocument(new TextEncoder().encode(text));
    for (const spot of result.damage) {
      // In plain text, the spot's text is the source's from its offset, less the zero-width
      // characters the import drops (in HTML, markup and entities lie between).
      const source = text.slice(spot.offset, spot.offset + 2 * spot.text.length).replace(/\u200b/g, '');
      if (result.format === 'text') expect(source.slice(0, spot.text.length)).toBe(spot.text);
      const where = spot.where;
      const holder =
        'segment' in where ? result.segments.find((s) => s.id === where.segment)?.zh : 'speaker' in where ? result.speakers.find((s) => s.key === where.speaker)?.zh : result.title;
      expect(holder).toContain(spot.text);
    }
  });

  test.each([
    ['empty', new Uint8Array(0), 'EMPTY'],
    ['one NUL', new Uint8Array(1), 'BINARY'],
    ['NUL-filled', new Uint8Array(100_000), 'BINARY'],
    ['whitespace', new TextEncoder().encode(' \n\t\r\n\u3000 '), 'EMPTY'],
    ['only boilerplate', new TextEncoder().encode('昵稱 驗證碼 請輸入正確驗證碼\n版權所有：某某'), 'EMPTY'],
    ['English only', new TextEncoder().encode('Press release'), 'NOT_CHINESE'],
    ['a BOM and nothing', Uint8Array.from([0xef, 0xbb, 0xbf]), 'EMPTY'],
  ])('%s → %s', (_, bytes, code) => expect(outcome(bytes)).toEqual({ ok: false, code }));

  test('a UTF-16 file cut in the middle of a character keeps the text and flags the cut', () => {
    const result = importDocument(Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e, 0x87]));
    expect(result.segments.map((s) => s.zh)).toEqual(['中\ufffd']);
    expect(result.damage.map((d) => d.text)).toEqual(['\ufffd']);
  });

  test.each([
    ['a label repeated with an entity of NUL and an annotation', '。<div>山東&#0廣播電視臺(á)記者:</div><br><s>山東&#0廣播電視臺(á)記者:'],
    ['a damaged reporter label, twice', '導語。\n大眾日?qǐng)?bào)記者:\n問題?\n大眾日?qǐng)?bào)記者:\n問題?'],
    ['an HTML page of menus only', '<html><body><nav><a>首页</a><a>新闻</a></nav><ul><li>外交部长</li><li>外交部</li></ul></body></html>'],
  ])('%s is handled', (_, text) => void expectHandled(new TextEncoder().encode(text)));

  test('an HTML page without an article → NO_ARTICLE', () => {
    const menus = '<html><body><nav><a>首页</a><a>新闻</a></nav><ul><li>外交部长</li><li>外交部</li></ul><footer>版权所有</footer></body></html>';
    expect(outcome(new TextEncoder().encode(menus))).toEqual({ ok: false, code: 'NO_ARTICLE' });
  });

  test('options are validated', () => {
    expect(() => importDocument(seed, { maxBytes: -1 })).toThrow(ImportError);
    expect(() => importDocument(seed, { format: 'pdf' as never })).toThrow(/options/);
  });

  // Linear time: doubling the input about doubles the time (a generous bound on the ratio, no wall clock).
  test.each([
    ['a 2.4 MB file of damaged press-conference text', (n: number) => new TextEncoder().encode('大眾日?qǐng)?bào)記者:\n問題?\n王茂慶:發(fā)展,力爭?提升。\n'.repeat(n))],
    ['a 100k-line file', (n: number) => new TextEncoder().encode('推進新型工業化發展。\n'.repeat(n * 2))],
  ])('%s imports in linear time', (_, make) => {
    const seconds = (bytes: Uint8Array) => {
      const start = performance.now();
      importDocument(bytes);
      return performance.now() - start;
    };
    const [small, big] = [make(25_000), make(50_000)];
    seconds(small);
    expect(seconds(big) / seconds(small)).toBeLessThan(3.5);
  });

  test('over the size limit → TOO_LARGE', () => {
    expect(outcome(new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x41))).toEqual({ ok: false, code: 'TOO_LARGE' });
  });

  test('a 2 MB single line imports', () => {
    const line = '推進新型工業化發(fā)展,今年力爭?提升5G應用7.1%!'.repeat(60_000);
    const bytes = new TextEncoder().encode(line);
    expect(bytes.length).toBeGreaterThan(2_000_000);
    const result = importDocument(bytes);
    expect(result.segments).toHaveLength(1);
    expect(result.cleaning.annotations).toHaveLength(60_000);
    // 力爭?提升 asks nothing: a lost character, kept as damage and never made a question mark.
    expect(result.damage).toHaveLength(60_000);
    const start = '推進新型工業化發展，今年力爭?提升5G應用7.1%！推進新型工業化發展';
    expect(result.segments[0].zh.slice(0, start.length)).toBe(start);
  });
});
