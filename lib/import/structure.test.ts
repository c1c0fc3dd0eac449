import { describe, expect, test } from 'vitest';
import { structure } from './structure';

const shape = (paragraphs: string[]) => structure(paragraphs).segments.map((s) => [s.id, s.kind, s.speaker ?? '', s.zh]);

describe('structure', () => {
  test('lead, statement parts and other paragraphs', () => {
    expect(
      shape([
        '3月8日下午，舉行新聞發布會。',
        '黨的十八大以來，作出重要論述。',
        '一、建強頂格推進體系，支撐保障更加有力。省委、省政府堅持高位部署。',
        '十一、做優產業生態。',
        '二十三、其他。正文。',
        '作為工業大省，山東有責任。',
      ]),
    ).toEqual([
      ['lead', 'lead', '', '3月8日下午，舉行新聞發布會。'],
      ['p-2', 'paragraph', '', '黨的十八大以來，作出重要論述。'],
      ['s1-h', 'heading', '', '一、建強頂格推進體系，支撐保障更加有力。'],
      ['s1', 'paragraph', '', '省委、省政府堅持高位部署。'],
      ['s2-h', 'heading', '', '十一、做優產業生態。'],
      ['s3-h', 'heading', '', '二十三、其他。'],
      ['s3', 'paragraph', '', '正文。'],
      ['p-6', 'paragraph', '', '作為工業大省，山東有責任。'],
    ]);
  });

  test('a part whose first sentence is too long for a heading stays a paragraph', () => {
    const long = `一、${'推進新型工業化'.repeat(10)}。`;
    expect(shape(['導語。', long])[1]).toEqual(['s1', 'paragraph', '', long]);
  });

  test('not numerals: 一一、 and 一百、 are paragraphs', () => {
    expect(shape(['導語。', '一一、甲。', '一百、乙。']).map((s) => s[1])).toEqual(['lead', 'paragraph', 'paragraph']);
  });

  test('press conference: reporter labels, questions, answers and points', () => {
    const { segments, speakers } = structure([
      '邀請新聞發言人王茂慶出席發布會。',
      '山東廣播電視臺記者：',
      '山東將如何破題？',
      '王茂慶：工業是創新最活躍的領域。',
      '一是著力提升產業創新能力。',
      '十一是其他。',
      '大眾日報·大眾新聞客戶端記者：有何具體措施？',
      '王茂慶：中小企業是工業經濟的潛力之基。',
      '一是強化專精特新主體支撐。',
      '總之，我們將繼續努力。',
      '一是這裡也是答問的要點。',
    ]);
    expect(speakers.map((s) => [s.key, s.zh])).toEqual([
      ['speaker-1', '山東廣播電視臺記者'],
      ['speaker-2', '王茂慶'],
      ['speaker-3', '大眾日報·大眾新聞客戶端記者'],
    ]);
    expect(segments.map((s) => [s.id, s.kind, s.speaker ?? '', s.zh])).toEqual([
      ['lead', 'lead', '', '邀請新聞發言人王茂慶出席發布會。'],
      ['q1', 'question', 'speaker-1', '山東將如何破題？'],
      ['a1', 'answer', 'speaker-2', '工業是創新最活躍的領域。'],
      ['a1-1', 'point', 'speaker-2', '一是著力提升產業創新能力。'],
      ['a1-2', 'point', 'speaker-2', '十一是其他。'],
      ['q2', 'question', 'speaker-3', '有何具體措施？'],
      ['a2', 'answer', 'speaker-2', '中小企業是工業經濟的潛力之基。'],
      ['a2-1', 'point', 'speaker-2', '一是強化專精特新主體支撐。'],
      ['a2-2', 'answer', 'speaker-2', '總之，我們將繼續努力。'],
      ['a2-3', 'point', 'speaker-2', '一是這裡也是答問的要點。'],
    ]);
  });

  test('a short label that names nobody introduced is not an answer', () => {
    expect(shape(['導語。', '主要目標：到2025年，全面完成。']).map((s) => s[1])).toEqual(['lead', 'paragraph']);
  });

  test('an official who answers a question needs no introduction', () => {
    expect(shape(['導語。', '記者：問題？', '張華：回答。']).map((s) => [s[1], s[2]])).toEqual([
      ['lead', ''],
      ['question', 'reporter'],
      ['answer', 'speaker-2'],
    ]);
  });

  test('paragraph indices and ranges are kept for locating spots', () => {
    expect(structure(['導語。', '一、標題。正文。']).segments.map((s) => [s.paragraph, s.from, s.to])).toEqual([
      [0, 0, 3],
      [1, 0, 5],
      [1, 5, 8],
    ]);
  });

  test('headings at four levels, with ids counted under their parent and a level each', () => {
    expect(
      structure([
        '導語。',
        '一、总体要求',
        '（一）指导思想。全面贯彻精神。',
        '（三）基本原则',
        '1.坚持党的领导。正文。',
        '（2）加强监管',
        '二、重点任务',
        '（一）扩大内需。正文。',
      ]).segments.map((s) => [s.id, s.kind, s.level ?? 0]),
    ).toEqual([
      ['lead', 'lead', 0],
      ['s1-h', 'heading', 1],
      ['s1-1-h', 'heading', 2],
      ['s1-1', 'paragraph', 0],
      ['s1-2-h', 'heading', 2],
      ['s1-2-1-h', 'heading', 3],
      ['s1-2-1', 'paragraph', 0],
      ['s1-2-1-1-h', 'heading', 4],
      ['s2-h', 'heading', 1],
      ['s2-1-h', 'heading', 2],
      ['s2-1', 'paragraph', 0],
    ]);
  });

  test('a sub-heading without a part above it', () => {
    expect(shape(['導語。', '（一）聚力促进开放']).map((s) => s[0])).toEqual(['lead', 's0-1-h']);
  });

  test('short standalone lines are headings; salutations are not the lead', () => {
    expect(
      shape(['各位代表：', '现在，我代表省人民政府向大会报告工作。', '評論', '政府發言人表示，通脹保持輕微。', '進一步資料', '表1列載各類別指數。']).map((s) => [s[0], s[1]]),
    ).toEqual([
      ['p-1', 'paragraph'],
      ['lead', 'lead'],
      ['h-3', 'heading'],
      ['p-4', 'paragraph'],
      ['h-5', 'heading'],
      ['p-6', 'paragraph'],
    ]);
  });

  test('points and list items outside a transcript', () => {
    expect(
      shape([
        '導語。',
        '一是联合港澳承办十五运会。',
        '第一，相互尊重，积极构建伙伴关系。',
        '發言人提醒市民採取以下預防措施：',
        '留意天氣預報，加穿禦寒衣物；',
        '進食足夠的食物；及',
        '如感到不適，應盡早求醫。',
        '最新一輪獲批的項目涵蓋：',
        '（一）駕駛表現的輔助系統；',
        '（二）巴士自動緊急煞車系統。',
        '項目詳情已上載至基金網頁。',
      ]).map((s) => [s[0], s[1]]),
    ).toEqual([
      ['lead', 'lead'],
      ['p-2', 'point'],
      ['p-3', 'point'],
      ['p-4', 'paragraph'],
      ['p-5', 'item'],
      ['p-6', 'item'],
      ['p-7', 'item'],
      ['p-8', 'paragraph'],
      ['p-9', 'item'],
      ['p-10', 'item'],
      ['p-11', 'paragraph'],
    ]);
  });

  test('notes: bracketed markers with their definitions, and everything under a notes heading', () => {
    expect(shape(['導語。', '正文［1］。', '注释', '［1］一降三减：', '全年火灾起数总体下降。', '［2］两新：', '大规模设备更新。']).map((s) => [s[0], s[1]])).toEqual([
      ['lead', 'lead'],
      ['p-2', 'paragraph'],
      ['h-3', 'heading'],
      ['note-4', 'note'],
      ['note-5', 'note'],
      ['note-6', 'note'],
      ['note-7', 'note'],
    ]);
  });

  test('front matter: subtitles and bylines', () => {
    expect(structure(['——在会议上', '山东省省长 周乃翔', '各位代表：', '报告工作。'], { front: ['subtitle', 'byline'] }).segments.map((s) => [s.id, s.kind])).toEqual([
      ['subtitle', 'subtitle'],
      ['byline', 'byline'],
      ['p-3', 'paragraph'],
      ['lead', 'lead'],
    ]);
  });

  test('an interview in 問：/總統： form: follow-on paragraphs keep their speaker', () => {
    const { segments, speakers } = structure([
      '總統日前接受專訪。',
      '問：請問您適應嗎？',
      '總統：很順利。',
      '蔡前總統給我的勉勵包括守護國家。',
      '問：您擔憂嗎？',
      '總統：並不擔心。',
    ]);
    expect(speakers.map((s) => s.zh)).toEqual(['問', '總統']);
    expect(segments.map((s) => [s.id, s.kind, s.speaker ?? ''])).toEqual([
      ['lead', 'lead', ''],
      ['q1', 'question', 'question'],
      ['a1', 'answer', 'speaker-2'],
      ['a1-1', 'answer', 'speaker-2'],
      ['q2', 'question', 'question'],
      ['a2', 'answer', 'speaker-2'],
    ]);
    // A role label comes with its English; a person's name is the translator's to give.
    expect(speakers.map((s) => s.en)).toEqual(['Question', undefined]);
  });

  test('a transcript that opens with a question loses nothing', () => {
    expect(shape(['總臺央視記者：中方有何評論？', '毛寧：中方深感憂慮。', '解決衝突需要外交努力。']).map((s) => [s[0], s[2]])).toEqual([
      ['q1', 'speaker-1'],
      ['a1', 'speaker-2'],
      ['a1-1', 'speaker-2'],
    ]);
  });

  test('a first answer by a speaker the title introduces', () => {
    expect(structure(['女士們，先生們，今天我們邀請到…。'], { introduction: '外交部發言人林劍主持例行記者會' }).segments[0].kind).toBe('lead');
    expect(structure(['林劍：女士們，先生們。', '下面，我願回答大家的提問。'], { introduction: '外交部發言人林劍主持例行記者會' }).segments.map((s) => [s.id, s.speaker])).toEqual([
      ['a1', 'speaker-1'],
      ['a1-1', 'speaker-1'],
    ]);
  });

  test('question and answer labels alone on their lines, a salutation as the answer text', () => {
    expect(
      shape(['以下是議員的提問和局長的答覆︰', '問題：', '政府可否告知本會：', '（一）培訓課程多少；', '答覆：', '主席：', '配合國家戰略。', '多謝主席。']).map((s) => [
        s[0],
        s[1],
        s[2],
        s[3],
      ]),
    ).toEqual([
      ['lead', 'lead', '', '以下是議員的提問和局長的答覆︰'],
      ['q1', 'question', 'speaker-1', '政府可否告知本會：'],
      ['q1-1', 'question', 'speaker-1', '（一）培訓課程多少；'],
      ['a1', 'answer', 'speaker-2', '主席：'],
      ['a1-1', 'answer', 'speaker-2', '配合國家戰略。'],
      ['a1-2', 'answer', 'speaker-2', '多謝主席。'],
    ]);
  });
});
