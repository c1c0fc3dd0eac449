import { expect, test } from 'vitest';
import { enCuts, zhCuts } from './parts';

const at = (text: string, cuts: number[]) => cuts.map((k) => text.slice(0, k).trim());

test('English is cut after a sentence or clause that another starts', () => {
  const text = 'Keep babies warm. Leave their heads uncovered; Avoid loose bedding: "Never" use pillows.';
  expect(at(text, enCuts(text))).toEqual([
    'Keep babies warm.',
    'Keep babies warm. Leave their heads uncovered;',
    'Keep babies warm. Leave their heads uncovered; Avoid loose bedding:',
  ]);
});

test('no cut inside a figure, a time or at the end of the paragraph', () => {
  for (const text of ['The index rose 1.4 per cent in December.', 'The road is closed from 3.30pm to 11.30pm.', 'Attention TV/radio announcers:']) expect(enCuts(text)).toEqual([]);
});

test('Chinese is cut after 。！？；： and a closing quote, never at the end', () => {
  const text = '游泳人士請注意：署方今日宣布「紅旗已懸掛。」市民請勿游泳。';
  expect(at(text, zhCuts(text))).toEqual(['游泳人士請注意：', '游泳人士請注意：署方今日宣布「紅旗已懸掛。」']);
  expect(zhCuts('長者和長期病患者')).toEqual([]);
  expect(at('下稿代金融管理局發出︰金管局今日公布', zhCuts('下稿代金融管理局發出︰金管局今日公布'))).toEqual(['下稿代金融管理局發出︰']);
});
