import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import { SCRIPTS, type Script, type Wording } from '@/lib/core/text';
import { taiwanWording } from '@/lib/chinese/wording';
import { loadGlossary, loadReleases } from '@/lib/content/load';
import { buildScriptMatcher, getMatcher, termForms, type TermEntry } from './forms';
import { termKey } from './key';
import { markSegment } from './marks';

const entry = (written: string): TermEntry => ({ key: termKey(written), forms: [written] });
const VIEWS: [Script, Wording][] = [...SCRIPTS.map((s): [Script, Wording] => [s, 'standard']), ['tw', 'tw']];

describe('termForms', () => {
  test.each([
    ['hans', '专精特新'],
    ['hant', '專精特新'],
    ['tw', '專精特新'],
    ['hk', '專精特新'],
  ] as const)('專精特新 in %s is %s, written in either script', (script, form) => {
    expect(termForms(entry('專精特新'), script, 'standard')[0]).toBe(form);
    const simplified = { key: '专精特新', forms: ['专精特新'] };
    expect(termForms(simplified, script, 'standard')).toContain(form);
  });

  // The release writes 制造 where standard Traditional has 製造: the key alone would miss it.
  test.each([
    ['hans', '推動先進制造業集群發展', ['先进制造业集群']],
    ['hant', '推動先進制造業集群發展', ['先進制造業集群', '先進製造業集羣', '先进制造业集群']],
    ['tw', '推動先進制造業集群發展', ['先進制造業集群', '先進製造業集群', '先进制造业集群']],
    ['hk', '推動先進制造業集群發展', ['先進制造業集群', '先進製造業集羣', '先进制造业集群']],
  ] as const)('先進制造業集群 in a hant text shown in %s', (script, source, forms) => {
    const term = entry('先進制造業集群');
    expect(termForms(term, script, 'standard')).toEqual(forms);
    const text = convert(source, 'hant', script);
    expect(buildScriptMatcher([term], script, 'standard').find(text)).toMatchObject([{ start: 2, end: 9, id: '先进制造业集群' }]);
    expect(buildScriptMatcher([{ key: term.key, forms: [] }], script, 'standard').find(text).length).toBe(script === 'hans' ? 1 : 0);
  });

  // A reader types the standard 骨幹; the release writes 骨干, which Traditional conversion keeps.
  test.each(['hant', 'tw', 'hk'] as const)('a note typed as 骨幹 marks the text\'s 骨干 in %s', (script) => {
    const text = convert('以先進制造業為骨干的現代化產業體系', 'hant', script);
    const matches = buildScriptMatcher([{ key: '骨干', forms: ['骨幹'] }], script, 'standard').find(text);
    expect(matches).toMatchObject([{ start: 7, end: 9, id: '骨干' }]);
  });

  test.each(SCRIPTS)('a Simplified release shown in %s: found through the key', (script) => {
    const text = convert('推动专精特新企业发展', 'hans', script);
    const matches = buildScriptMatcher([{ key: '专精特新', forms: ['专精特新'] }], script, 'standard').find(text);
    expect(matches).toMatchObject([{ start: 2, end: 6, id: '专精特新' }]);
  });

  test('Taiwan wording: 信息技術 is found as 資訊科技, and only in that mode', () => {
    const term = entry('信息技術');
    expect(termForms(term, 'tw', 'tw')).toContain('資訊科技');
    expect(termForms(term, 'tw', 'standard')).toContain('信息技術');
    expect(termForms(term, 'tw', 'standard')).not.toContain('資訊科技');
    const { text } = taiwanWording('發展新一代信息技術產業', 'hant');
    expect(text).toBe('發展新一代資訊科技產業');
    expect(buildScriptMatcher([term], 'tw', 'tw').find(text)).toMatchObject([{ start: 5, end: 9, id: '信息技术' }]);
    expect(buildScriptMatcher([term], 'tw', 'standard').find(text)).toEqual([]);
  });
});

describe('getMatcher', () => {
  const terms = [entry('專精特新')];
  test('builds once per glossary version and view', () => {
    const first = getMatcher('v1', terms, 'hk', 'standard');
    expect(getMatcher('v1', terms, 'hk', 'standard')).toBe(first);
    expect(getMatcher('v1', terms, 'tw', 'standard')).not.toBe(first);
    expect(getMatcher('v1', terms, 'tw', 'tw')).not.toBe(getMatcher('v1', terms, 'tw', 'standard'));
    const next = getMatcher('v2', [entry('小巨人')], 'hk', 'standard');
    expect(next).not.toBe(first);
    expect(next.find('專精特新小巨人')).toMatchObject([{ id: '小巨人' }]);
  });
});

describe('the curated glossary on the real release', async () => {
  const content = path.resolve(import.meta.dirname, '../../content');
  const glossary = await loadGlossary(content);
  const releases = await loadReleases(content);
  const terms = glossary.map((g) => ({ key: termKey(g.hant), forms: [g.hant] }));

  test('the glossary is the curated hundred terms, each with its Simplified form as key', () => {
    expect(terms).toHaveLength(100);
    expect(terms.map((t) => t.key)).toEqual(glossary.map((g) => g.hans));
  });

  describe.each(releases.map((r) => [r.slug, r] as const))('%s', (_, release) => {
    test.each(VIEWS)('%s script, %s wording: every term found, text unchanged by marking', (script, wording) => {
      const matcher = buildScriptMatcher(terms, script, wording);
      const seen = new Set<string>();
      for (const segment of release.segments) {
        const { text, substitutions } =
          wording === 'tw'
            ? taiwanWording(segment.zh, release.sourceScript)
            : { text: convert(segment.zh, release.sourceScript, script), substitutions: [] };
        const matches = matcher.find(text);
        matches.forEach((m) => seen.add(m.id));
        const pieces = markSegment(text, matches.map((m) => ({ start: m.start, end: m.end, key: m.id })), substitutions);
        expect(pieces.map((p) => p.text).join('')).toBe(text);
      }
      expect(terms.filter((t) => !seen.has(t.key)).map((t) => t.key)).toEqual([]);
    });
  });
});
