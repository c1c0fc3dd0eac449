import { describe, expect, test } from 'vitest';
import { convertPunctuation } from './punctuation';
import { trackIdentity } from './tracked-text';

const convert = (text: string, isProtected: (i: number) => boolean = () => false) => convertPunctuation(trackIdentity(text), isProtected);

describe('convertPunctuation', () => {
  test.each([
    ['今年,全省', '今年，全省'],
    ['打出組合拳;今年初', '打出組合拳；今年初'],
    ['王茂慶:工業', '王茂慶：工業'],
    ['山東廣播電視臺記者:', '山東廣播電視臺記者：'],
    ['有哪些激勵政策?', '有哪些激勵政策？'],
    ['項目落地!', '項目落地！'],
    ['“鏈長”,并帶隊', '“鏈長”，并帶隊'],
    ['建成5G,加快', '建成5G，加快'],
    ['增長7.1%,高于', '增長7.1%，高于'],
    ['2023年,全省', '2023年，全省'],
    ['推進"千兆城市"建設', '推進“千兆城市”建設'],
    ['推進"AI+"行動', '推進“AI+”行動'],
    ["他說'好'", '他說‘好’'],
    ['行動計劃(2023-2025年)', '行動計劃（2023-2025年）'],
    ['加快(新型)工業化(2024年(試點))', '加快（新型）工業化（2024年（試點））'],
  ])('%s → %s', (input, output) => expect(convert(input).text.text).toBe(output));

  test.each([
    '增長7.1%',
    '1,000家企業',
    '每周三10:30舉辦',
    '2-3個示范區',
    '建成5G基站',
    '地區生產總值(GDP)增長',
    '人工智能(AI)',
    'e.g., 例如',
    'see a.php?id=1',
    'He said "hello" to me',
    "China's economy",
    '共3,4個',
    '(未閉合',
    '"單個引號',
  ])('leaves %s alone', (input) => {
    const { text, changes } = convert(input);
    expect(text.text).toBe(input);
    expect(changes).toEqual([]);
  });

  test('never converts damaged text', () => {
    const input = '基地?cái)?shù)量,均居';
    const damaged = (i: number) => i >= 2 && i < 10;
    expect(convert(input, damaged).text.text).toBe('基地?cái)?shù)量，均居');
  });

  test('reports each change at its source offset', () => {
    expect(convert('中,文?').changes).toEqual([
      { at: 1, before: ',', after: '，' },
      { at: 3, before: '?', after: '？' },
    ]);
  });
});
