import { describe, expect, test } from 'vitest';
import { parseLabel } from './labels';

describe('parseLabel', () => {
  test.each([
    ['山東廣播電視臺記者：', { label: '山東廣播電視臺記者', role: 'question', rest: '' }],
    ['總臺央視記者：6月14日，南非新一屆國民議會舉行首次會議。', { label: '總臺央視記者', role: 'question', rest: '6月14日，南非新一屆國民議會舉行首次會議。' }],
    ['《中國日報》記者：請問發言人對此有何評論？', { label: '《中國日報》記者', role: 'question' }],
    ['問：請問您目前對新工作都還適應嗎？', { label: '問', role: 'question', rest: '請問您目前對新工作都還適應嗎？' }],
    ['问题：', { label: '问题', role: 'question', rest: '' }],
    ['主持人：請提問。', { label: '主持人', role: 'question' }],
    ['Q: 有何評論？', { label: 'Q', role: 'question', rest: '有何評論？' }],
    ['答覆︰', { label: '答覆', role: 'answer', rest: '' }],
    ['A：是的。', { label: 'A', role: 'answer', rest: '是的。' }],
    ['總統：喝珍珠奶茶的興趣沒有改變。', { label: '總統', role: 'name' }],
    ['王茂慶：工業是創新最活躍的領域。', { label: '王茂慶', role: 'name', start: 4 }],
    ['外交部發言人林劍：女士們，先生們。', { label: '外交部發言人林劍', role: 'name' }],
  ])('%s', (line, expected) => expect(parseLabel(line)).toMatchObject(expected));

  test.each([['各位代表，今天開會。'], ['據報道，某某表示：同意。'], ['2024年：回顧'], ['他說，“對”：好。']])('%s → no label', (line) => expect(parseLabel(line)).toBeNull());
});
