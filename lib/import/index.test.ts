import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SEED_PATH } from '@/tests/fixtures/seed';
import { describe, expect, test } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import { releaseSchema } from '@/lib/content/schema';
import { importDocument } from './index';
import { cleanFragment } from './repairs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/import', name));
const seedBytes = readFileSync(SEED_PATH);
const seedText = seedBytes.toString('utf8');
const curated = releaseSchema.parse(parse(readFileSync(path.join(repoRoot, 'content/releases/2024-03-08-shandong-new-industrialization.yaml'), 'utf8')));

// The seed's five damaged spots as the source has them and as STACK.md restores them; used until
// the curated release lists its own repairs, then the curated ones are used instead.
const SEED_REPAIRS = [
  { segment: 's3', damaged: '減量?jī)?yōu)化', restored: '減量優化' },
  { segment: 's5', damaged: '基地?cái)?shù)量', restored: '基地數量' },
  { segment: 'a1-1', damaged: '能力??萍紕?chuàng)新', restored: '能力。科技創新' },
  { segment: 'a1-5', damaged: '規(guī)?;咧祷茫衲炅?zhēng)', restored: '規模化高值化利用，今年力爭' },
  { speaker: 'reporter-dazhong', damaged: '大眾日?qǐng)?bào)', restored: '大眾日報' },
];
const repairs = curated.editorial.repairs.length ? curated.editorial.repairs : SEED_REPAIRS;
// The spans the importer must report: exactly these, in this order.
const SEED_SPOTS = ['?jī)?yōu)', '?cái)?shù)', '??萍紕?chuàng)', '?;咧祷茫衲炅?zhēng)', '?qǐng)?bào)'];

/** The curated text with each repair undone: the damaged text put back, cleaned as the import cleans it. */
function unrepaired(zh: string, target: { segment?: string; speaker?: string }): string {
  return repairs
    .filter((r) => (target.segment ? r.segment === target.segment : r.speaker === target.speaker))
    .reduce((text, r) => {
      expect(text).toContain(r.restored);
      return text.replace(r.restored, cleanFragment(r.damaged));
    }, zh);
}

describe('the raw seed', () => {
  const result = importDocument(seedBytes);
  const speakerZh = (key?: string) => result.speakers.find((s) => s.key === key)?.zh;

  test('every repair names damaged text that is in the seed, raw or cleaned', () => {
    const cleaned = cleanFragment(seedText);
    for (const r of repairs) expect(seedText.includes(r.damaged) || cleaned.includes(r.damaged)).toBe(true);
  });

  test('decodes as UTF-8 and detects Traditional made from Simplified by a naive converter', () => {
    expect(result.encoding).toMatchObject({ encoding: 'utf-8', method: 'strict-utf8' });
    expect(result.script).toMatchObject({ script: 'hant', sourceScript: 'hans', hans: 0 });
    expect(result.script.hant).toBeGreaterThan(500);
    expect(result.script.conversion?.naive.map((e) => e.word)).toEqual(['制造', '標志', '于', '后', '并', '依托', '咨詢', '注冊', '示范', '骨干', '扎實']);
    expect(result.script.conversion?.mainland.map((e) => e.word)).toContain('人民政府');
  });

  test('reproduces the curated segment kinds', () => {
    expect(result.segments.map((s) => s.kind)).toEqual(curated.segments.map((s) => s.kind));
  });

  // The curated release is Simplified (its true source) and the scraped copy Traditional: they meet in Simplified.
  const hans = (zh: string | undefined) => zh && convert(zh, 'hant', 'hans');

  test('reproduces the curated Chinese exactly, except at the repaired spots', () => {
    const expected = curated.segments.map((s) => hans(unrepaired(s.zh, { segment: s.id })));
    expect(result.segments.map((s) => hans(s.zh))).toEqual(expected);
  });

  test('reproduces the curated speaker labels', () => {
    const expected = curated.segments.map((s) => (s.speaker ? hans(unrepaired(curated.speakers[s.speaker].zh, { speaker: s.speaker })) : undefined));
    expect(result.segments.map((s) => hans(speakerZh(s.speaker)))).toEqual(expected);
  });

  test('reports all the damaged spots and no others, each where the repair is', () => {
    expect(result.damage.map((d) => d.text)).toEqual(SEED_SPOTS);
    expect(result.damage.map((d) => d.line)).toEqual([6, 8, 13, 17, 18]);
    for (const spot of result.damage) {
      expect(seedText.slice(spot.offset, spot.offset + spot.text.length)).toBe(spot.text);
      const repair = repairs.find((r) => cleanFragment(r.damaged).includes(spot.text))!;
      if ('segment' in spot.where) {
        const index = result.segments.findIndex((s) => 'segment' in spot.where && s.id === spot.where.segment);
        expect(curated.segments[index].id).toBe(repair.segment);
      } else {
        expect('speaker' in spot.where && hans(speakerZh(spot.where.speaker))).toBe(hans(unrepaired(curated.speakers[repair.speaker!].zh, repair)));
      }
    }
    expect(result.damage.every((d) => d.before && d.after)).toBe(true);
  });

  test('strips the 887 flattened annotations, each reported where it was', () => {
    expect(result.cleaning.annotations).toHaveLength(887);
    for (const a of result.cleaning.annotations) {
      expect(seedText.slice(a.offset, a.offset + a.removed.length)).toBe(a.removed);
      expect(a.removed).toMatch(/^\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)$/);
    }
    const output = result.segments.map((s) => s.zh).join('\n');
    const outsideDamage = SEED_SPOTS.reduce((text, spot) => text.replace(spot, ''), output);
    expect(outsideDamage).not.toMatch(/\(/);
  });

  test('converts ASCII punctuation outside the damaged spots, and no other', () => {
    const output = result.segments.map((s) => s.zh).join('\n');
    const outsideDamage = SEED_SPOTS.reduce((text, spot) => text.replace(spot, ''), output);
    expect(outsideDamage).not.toMatch(/[,;:?!"']/);
    expect(result.cleaning.punctuation).toHaveLength(195);
    for (const p of result.cleaning.punctuation) expect(seedText[p.offset]).toBe(p.before);
  });

  test('removes the comment form, naming the rules', () => {
    expect(result.cleaning.boilerplate.map((b) => [b.rule, b.line, b.text])).toEqual([
      ['comment-form', 25, '昵稱 驗證碼 請輸入正確驗證碼'],
      ['comment-disclaimer', 26, '所有評論僅代表網友意見,與本站立場無關'],
    ]);
  });

  test('finds the issuer but no headline or full date', () => {
    expect([result.issuer, result.title, result.date]).toEqual(['山東省人民政府新聞辦公室', undefined, undefined]);
  });
});

describe('a GBK-encoded Simplified release', () => {
  const result = importDocument(fixture('gbk-press-release.txt'));

  test('detects GBK and Simplified script', () => {
    expect(result.encoding.encoding).toBe('gbk');
    expect(result.encoding.confidence).toBeGreaterThan(0.8);
    expect(result.script.script).toBe('hans');
  });

  test('finds title, issuer and structure', () => {
    expect(result.title).toBe('某某市召开2024年数字经济发展新闻发布会');
    expect(result.issuer).toBe('某某市人民政府新闻办公室');
    expect(result.segments.map((s) => [s.id, s.kind, s.speaker ?? ''])).toEqual([
      ['lead', 'lead', ''],
      ['p-2', 'paragraph', ''],
      ['s1-h', 'heading', ''],
      ['s1', 'paragraph', ''],
      ['s2-h', 'heading', ''],
      ['s2', 'paragraph', ''],
      ['q1', 'question', 'speaker-1'],
      ['a1', 'answer', 'speaker-2'],
      ['a1-1', 'point', 'speaker-2'],
      ['a1-2', 'point', 'speaker-2'],
      ['a1-3', 'point', 'speaker-2'],
    ]);
    expect(result.speakers.map((s) => s.zh)).toEqual(['市电视台记者', '李明']);
  });

  test('converts punctuation in Chinese text, never in numbers, ranges or Latin', () => {
    const zh = Object.fromEntries(result.segments.map((s) => [s.id, s.zh]));
    expect(zh.lead).toContain('《某某市数字经济发展行动计划（2023-2025年）》');
    expect(zh['p-2']).toBe('去年，全市地区生产总值(GDP)增长7.1%，数字经济核心产业增加值占比达到12.5%。全市累计建成5G基站1.2万个，“千兆城市”建设走在全省前列。');
    expect(zh.s1).toBe('今年将新建5G基站3000个，推动2-3个重点园区实现千兆光网全覆盖。');
    expect(zh.s2).toBe('支持1,000家中小企业“上云用数赋智”，每周三10:30举办专题培训；年内培训覆盖全部区县。');
    expect(zh.q1).toBe('行动计划实施以来，全市数字经济取得了哪些成效？下一步有何打算？');
    expect(zh['a1-3']).toBe('三是优化发展环境。举办数字经济大会，吸引一批重点项目落地！');
  });

  test('removes the editor credit and finds no damage', () => {
    expect(result.cleaning.boilerplate.map((b) => b.rule)).toEqual(['editor-credit']);
    expect(result.damage).toEqual([]);
  });
});

describe('an HTML page', () => {
  const result = importDocument(fixture('press-release.html'));

  test('reads the page, not its markup, scripts or furniture', () => {
    expect(result.format).toBe('html');
    expect(result.title).toBe('某某省推进制造业数字化转型新闻发布会');
    expect(result.date).toBe('2024-05-20');
    expect(result.issuer).toBe('某某省人民政府新闻办公室');
    expect(result.segments.map((s) => [s.id, s.kind, s.zh])).toEqual([
      ['lead', 'lead', '5月20日，某某省人民政府新闻办公室举行新闻发布会，介绍全省制造业数字化转型进展情况，并回答记者提问。'],
      ['p-2', 'paragraph', '今年以来，全省规上工业增加值增长6.8%，“智改数转”项目超过1200个。'],
      ['p-3', 'paragraph', '全省已建成智能工厂35家、数字化车间210个。'],
      ['s1-h', 'heading', '一、完善政策体系，强化要素保障。'],
      ['s1', 'paragraph', '出台专项政策10条，支持企业开展数字化改造。'],
      ['q1', 'question', '中小企业数字化转型面临哪些困难？'],
      ['a1', 'answer', '主要有两方面的困难。'],
      ['a1-1', 'point', '一是资金压力大。'],
      ['a1-2', 'point', '二是专业人才短缺。'],
    ]);
    // The breadcrumb, date line, share bar and copyright are outside the article: never text at all.
    expect(result.cleaning.boilerplate).toEqual([]);
    expect(result.damage).toEqual([]);
    expect(result.page).toMatchObject({ title: '某某省推进制造业数字化转型新闻发布会', siteName: '某某省人民政府' });
  });

  test('reports positions as lines of the HTML source', () => {
    const html = fixture('press-release.html').toString('utf8');
    expect(result.cleaning.punctuation.length).toBeGreaterThan(0);
    for (const p of result.cleaning.punctuation) expect(html.split('\n')[p.line - 1][p.column - 1]).toBe(p.before);
  });
});

describe('a Big5-encoded Traditional release', () => {
  const result = importDocument(fixture('big5-press-release.txt'));

  test('detects Big5 and Traditional script', () => {
    expect(result.encoding.encoding).toBe('big5');
    expect(result.script.script).toBe('hant');
    expect(result.title).toBe('臺北市政府新聞稿');
    expect(result.segments.map((s) => s.kind)).toEqual(['lead', 'paragraph', 'heading', 'paragraph']);
    expect(result.segments[1].zh).toBe('市府表示，今年將推動5G應用場景20項，並完成2-3個示範區建設。');
    expect(result.damage).toEqual([]);
  });
});

describe('annotations in UTF-16', () => {
  test('a UTF-16LE file with BOM imports like its UTF-8 twin', () => {
    const text = '3月8日下午,舉行新聞發(fā)布會(huì)。\n一、建強(qiáng)體系,支撐有力。正文。';
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const a = importDocument(utf16);
    const b = importDocument(new TextEncoder().encode(text));
    expect(a.encoding.encoding).toBe('utf-16le');
    expect(a.segments).toEqual(b.segments);
    expect(a.segments.map((s) => s.zh)).toEqual(['3月8日下午，舉行新聞發布會。', '一、建強體系，支撐有力。', '正文。']);
  });
});

describe('damage at the edges of lines', () => {
  test('is reported on every line, and not in removed boilerplate', () => {
    const result = importDocument(new TextEncoder().encode('??中\n??中\r\n\n  ??中。\n責任編輯：??某'));
    expect(result.damage.map((d) => [d.text, d.line, d.column, d.where])).toEqual([
      ['??', 1, 1, { title: true }],
      ['??', 2, 1, { segment: 'lead' }],
      ['??', 4, 3, { segment: 'p-2' }],
    ]);
  });
});

test('a repost names the issuer’s own headline in its "原标题" line: that is the title, and names the issuer', () => {
  const text = '外交部：中方愿同各方加强合作\n原标题：2017年2月17日外交部发言人耿爽主持例行记者会\n问：请问中方对此有何评论？\n答：中方一贯主张通过对话解决分歧。';
  const result = importDocument(new TextEncoder().encode(text));
  expect(result).toMatchObject({ title: '2017年2月17日外交部发言人耿爽主持例行记者会', issuer: '外交部', date: '2017-02-17' });
  expect(result.speakers.map((s) => [s.key, s.zh, s.en])).toEqual([
    ['question', '问', 'Question'],
    ['answer', '答', 'Answer'],
  ]);
});
