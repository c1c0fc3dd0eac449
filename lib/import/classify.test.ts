import { describe, expect, test } from 'vitest';
import { guessKind, guessRegion } from './classify';

describe('guessKind', () => {
  test.each([
    ['2026年山东省政府工作报告', '', false, 'work-report'],
    ['2024年6月17日外交部發言人林劍主持例行記者會', '', true, 'press-conference'],
    ['總統接受「時代雜誌」（TIME）專訪內容', '', true, 'interview'],
    ['杨洁篪在第55届慕尼黑安全会议上的主旨演讲（全文）', '', false, 'speech'],
    ['中共中央 国务院关于实施乡村振兴战略的意见', '', false, 'policy-document'],
    ['天氣寒冷市民應注意健康', '衞生署今日表示。', false, 'news-release'],
    [undefined, '總臺央視記者：中方有何評論？', true, 'press-conference'],
    ['總統：2020年讓更多人感受到照顧', '蔡英文總統今日發表「2020新年談話」', false, 'news-release'],
    ['2020新年談話', '', false, 'speech'],
  ])('%s → %s', (title, opening, transcript, kind) => expect(guessKind(title, opening, transcript).value).toBe(kind));

  test('says what it rests on', () => {
    expect(guessKind('某某市召开新闻发布会', '', false).evidence).toEqual(['"新闻发布会" in the title']);
  });
});

describe('guessRegion', () => {
  test.each([
    ['總統府表示，臺灣將持續努力。', { mainlandScript: false, rocDate: true }, 'taiwan'],
    ['香港金融管理局今日發布分類目錄。', { mainlandScript: false, rocDate: false }, 'hongkong'],
    ['澳門特別行政區政府今日公布。', { mainlandScript: false, rocDate: false }, 'macau'],
    ['山东省人民政府新闻办公室举行发布会。', { mainlandScript: true, rocDate: false }, 'mainland'],
    ['推动制造业发展。', { mainlandScript: true, rocDate: false }, 'mainland'],
  ])('%s → %s', (text, signals, region) => expect(guessRegion(text, signals)?.value).toBe(region));

  test('nothing to go on → no guess', () => expect(guessRegion('天氣寒冷。', { mainlandScript: false, rocDate: false })).toBeUndefined());
});
