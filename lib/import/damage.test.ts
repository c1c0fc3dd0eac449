import { readFileSync } from 'node:fs';
import { SEED_PATH } from '@/tests/fixtures/seed';
import { describe, expect, test } from 'vitest';
import { findDamage } from './damage';

const seed = readFileSync(SEED_PATH, 'utf8');

describe('findDamage', () => {
  test('finds the five spots of the seed and nothing else', () => {
    expect(findDamage(seed).map((d) => d.text)).toEqual(['?jī)?yōu)', '?cái)?shù)', '??萍紕?chuàng)', '?;咧祷茫衲炅?zhēng)', '?qǐng)?bào)']);
  });

  test('spans point at their text', () => {
    for (const d of findDamage(seed)) expect(seed.slice(d.start, d.end)).toBe(d.text);
  });

  test.each([
    ['在減量?jī)?yōu)化方面', '?jī)?yōu)'],
    ['大眾日?qǐng)?bào)·大眾', '?qǐng)?bào)'],
    ['規(guī)?;咧祷茫衲炅?zhēng)推動', '?;咧祷茫衲炅?zhēng)'],
    ['產業創新能力??萍紕?chuàng)新', '??萍紕?chuàng)'],
    ['前沿?(fā)展', '?(fā)'],
    ['數字\ufffd\ufffd經濟', '\ufffd\ufffd'],
    ['單個\ufffd字', '\ufffd'],
    ['全是???的文字', '???'],
    ['缺字??萍現', '??'],
    ['炅zhēng)推動', 'zhēng)'],
    ['推動局勢降溫,?;鹬贡,保護平民', '?;鹬贡'],
    ['推動局勢降溫，？；鹬贡，保護平民', '？；鹬贡'],
    ['數字?經濟發展', '?經濟發展'],
  ])('in %s finds %s', (text, spot) => expect(findDamage(text).map((d) => d.text)).toEqual([spot]));

  test.each([
    '有哪些激勵政策?',
    '如何推動中小企業加快新型工業化進程?有何具體措施和政策嗎?',
    '真的嗎?',
    'see a.php?id=1',
    '發(fā)布會(huì)',
    '地區生產總值(GDP)',
    '(see figure a)',
    '政策?\n今年力爭',
    '中方對此有何評論?中方一貫主張和平。',
    '你好嗎?我很好。',
    '請問是否屬實?另外,還有一個問題?',
  ])('finds nothing in %s', (text) => expect(findDamage(text)).toEqual([]));

  test('a question mark right after a spot is left out of it', () => {
    expect(findDamage('數量?jī)?yōu)如何?').map((d) => d.text)).toEqual(['?jī)?yōu)']);
  });
});
