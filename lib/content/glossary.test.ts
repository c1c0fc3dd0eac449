import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import { findLeftovers } from '@/lib/chinese/leftovers';
import { loadGlossary } from './load';

const glossary = await loadGlossary(path.resolve(import.meta.dirname, '../../content'));
const entry = (hans: string) => {
  const found = glossary.find((g) => g.hans === hans);
  if (!found) throw new Error(`${hans} is not in content/glossary.yaml`);
  return found;
};
const official = (hans: string) => entry(hans).en.filter((e) => e.source === 'official');

describe('the curated glossary', () => {
  test('each entry: hant is the OpenCC standard Traditional of hans, and t→s gives hans back', () => {
    for (const g of glossary) {
      expect(convert(g.hans, 'hans', 'hant'), g.hans).toBe(g.hant);
      expect(convert(g.hant, 'hant', 'hans'), g.hant).toBe(g.hans);
    }
  });

  test('no mainland-Traditional leftover in any entry, in any view', () => {
    for (const g of glossary)
      for (const script of ['tw', 'hk'] as const) expect(findLeftovers(convert(g.hans, 'hans', script), script), g.hans).toEqual([]);
  });

  test('every official rendering names its source', () => {
    for (const g of glossary) for (const e of official(g.hans)) expect(e.note?.trim(), `${g.hans}: ${e.text}`).toBeTruthy();
  });

  test.each([
    ['单项冠军', 'single-product champions in manufacturing', /MIIT/],
    ['中小企业特色产业集群', 'SME industrial clusters with local features', /State Council Information Office/],
    ['中小企业特色产业集群', 'characteristic industrial clusters for SMEs', /Shandong Provincial Government/],
    ['卡脖子', 'technological bottlenecks in key and core areas', /关键核心技术/],
    ['专精特新', '(SMEs) that use specialized and sophisticated technologies to produce novel and unique products', /Xinhua/],
  ])('%s carries the official "%s", with its source', (hans, text, source) => {
    const rendering = official(hans).find((e) => e.text === text);
    expect(rendering?.note).toMatch(source);
  });

  test('领航型企业 is "navigator enterprises", as the release says, not a pilot (trial)', () => {
    expect(entry('领航型企业').en[0].text).toBe('navigator enterprises');
    expect(entry('领航型企业').en.map((e) => e.text).join(' ')).not.toMatch(/pilot\)/);
  });

  test('挑大梁 reads tiǎo (to raise the ridge beam), and its origin is building', () => {
    expect(entry('挑大梁')).toMatchObject({ pinyin: 'tiǎo dà liáng', literal: 'raise the main beam' });
    expect(entry('挑大梁').explanation).toMatch(/^From building/);
  });

  test('十链百群 is short for 十链百群万企', () => {
    expect(convert(entry('十链百群').explanation, 'hant', 'hans')).toContain('十链百群万企');
  });

  test('腾笼换鸟 means moving out low-end industry for better firms', () => {
    expect(entry('腾笼换鸟，凤凰涅槃').explanation).toMatch(/moving out low-end/);
  });
});
