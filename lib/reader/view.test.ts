import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import { taiwanWording } from '@/lib/chinese/wording';
import { loadGlossary, loadReleases } from '@/lib/content/load';
import { SCRIPTS, type Script, type SourceScript, type Wording } from '@/lib/core/text';
import { loadPolicyReadings } from '@/lib/study/policy-readings';
import { simplifiedTwin } from '@/lib/study/twin';
import { termKey } from '@/lib/terms/key';
import { buildMatcher } from '@/lib/terms/matcher';
import type { ReleaseRecord } from './types';
import { buildReleaseView, marksOf, standardWording, termMarks, type PublicTerms } from './view';

const policy = loadPolicyReadings();
const termsOf = (written: string[], renderings: Record<string, string[]> = {}): PublicTerms => {
  const keys = [...new Set(written.map(termKey))];
  return {
    matcher: buildMatcher(keys.map((key) => ({ text: key, id: key }))),
    renderings: new Map(Object.entries(renderings).map(([term, texts]) => [termKey(term), texts])),
    policy,
  };
};

function record(sourceScript: SourceScript, zh: string, en = ''): ReleaseRecord {
  return {
    slug: 'test',
    version: '1',
    date: '2024-03-08',
    sourceScript,
    sourceUrl: null,
    issuer: { zh: '山東省', en: 'Shandong' },
    title: { zh: '標題', en: 'Title' },
    editorialNote: '',
    speakers: {},
    repairs: [],
    segments: [{ id: 's1', kind: 'paragraph', speaker: null, zh, en, figureIssues: [] }],
  };
}

const view = (r: ReleaseRecord, script: Script, terms: PublicTerms, wording: Wording = 'standard') =>
  buildReleaseView(r, { script, wording, readings: false, words: false }, terms);
const marked = (r: ReleaseRecord, script: Script, terms: PublicTerms, wording: Wording = 'standard') =>
  view(r, script, terms, wording).segments[0].marks.map((m) => [m.start, m.end, m.key]);

describe('terms are found on the Simplified twin of the shown text: one key in every script', () => {
  test.each(SCRIPTS)('專精特新, written in either script, in a Traditional release shown in %s', (script) => {
    const r = record('hant', '培育專精特新企業');
    expect(marked(r, script, termsOf(['專精特新']))).toEqual([[2, 6, '专精特新']]);
    expect(marked(r, script, termsOf(['专精特新']))).toEqual([[2, 6, '专精特新']]);
  });

  // The release writes 制造 where standard Traditional has 製造: both meet at the key 制造.
  test.each(SCRIPTS)('先進制造業集群 in a hant text shown in %s', (script) => {
    expect(marked(record('hant', '推動先進制造業集群發展'), script, termsOf(['先進製造業集群']))).toEqual([[2, 9, '先进制造业集群']]);
  });

  test.each(['hant', 'tw', 'hk'] as const)("a note typed as 骨幹 marks the text's 骨干 in %s", (script) => {
    expect(marked(record('hant', '以先進制造業為骨干的現代化產業體系'), script, termsOf(['骨幹']))).toEqual([[7, 9, '骨干']]);
  });

  test.each(SCRIPTS)('a Simplified release shown in %s: found through the key', (script) => {
    expect(marked(record('hans', '推动专精特新企业发展'), script, termsOf(['專精特新']))).toEqual([[2, 6, '专精特新']]);
  });

  // OpenCC converts the term 新闻发布会 to 新聞發佈會, while a Traditional text writes 發布: the key matches both.
  test.each(SCRIPTS)('a note typed in Simplified as 新闻发布会 is marked in a release writing 新聞發布會, shown in %s', (script) => {
    expect(convert('新闻发布会', 'hans', 'hant')).not.toBe('新聞發布會');
    expect(marked(record('hant', '召開新聞發布會'), script, termsOf(['新闻发布会']))).toEqual([[2, 7, '新闻发布会']]);
  });

  test('Taiwan wording: 信息技術 is found where it reads 資訊科技, and the substitution stays marked', () => {
    const r = record('hant', '發展新一代信息技術產業');
    const v = view(r, 'tw', termsOf(['信息技術']), 'tw');
    expect(v.segments[0].zh).toBe(taiwanWording('發展新一代信息技術產業', 'hant').text);
    expect(v.segments[0].zh).toBe('發展新一代資訊科技產業');
    expect(v.segments[0].marks).toMatchObject([{ start: 5, end: 9, key: '信息技术' }]);
    expect(v.segments[0].zhRuns[1]).toEqual({ term: '信息技术', pieces: [{ text: '資訊科技', term: '信息技术', match: 0, original: '信息技術' }] });
  });
});

describe('marks, renderings and the text', () => {
  const terms = termsOf(['專精特新', '新質生產力', '發展新質生產力'], {
    專精特新: ['specialized, refined, distinctive and innovative'],
    新質生產力: ['new quality productive forces'],
  });

  test('marks terms in the Chinese and their renderings in the English, changing neither text', () => {
    const zh = '培育專精特新企業，發展新質生產力。';
    const en = 'Cultivate Specialized, Refined, Distinctive and Innovative firms and develop new quality productive forces.';
    const [s] = view(record('hant', zh, en), 'hant', terms).segments;
    expect(s.zhRuns.map((r) => r.pieces.map((p) => p.text).join('')).join('')).toBe(zh);
    expect(s.zhRuns.filter((r) => r.term).map((r) => [r.term, r.pieces.map((p) => p.text).join('')])).toEqual([
      ['专精特新', '專精特新'],
      ['发展新质生产力', '發展新質生產力'], // longest match first: the nested 新質生產力 is not marked separately
    ]);
    expect(s.enPieces.map((p) => p.text).join('')).toBe(en);
    // Only renderings of terms found in this segment's Chinese are marked.
    expect(s.enPieces.filter((p) => p.term)).toEqual([{ text: 'Specialized, Refined, Distinctive and Innovative', term: '专精特新' }]);
  });

  test('a term nested in a longer one is kept with the longer mark, and the view depends on both', () => {
    const v = view(record('hant', '發展新質生產力'), 'hant', terms);
    expect(v.segments[0].marks).toEqual([{ start: 0, end: 7, key: '发展新质生产力', nested: [{ start: 2, end: 7, key: '新质生产力' }] }]);
    expect(v.keys).toEqual(['发展新质生产力', '新质生产力']);
  });

  test('readings and words only when asked, one reading per code point', () => {
    const r = record('hant', '鏈長制');
    const plain = view(r, 'hans', terms);
    expect(plain.segments[0].readings).toBeNull();
    const studied = buildReleaseView(r, { script: 'hans', wording: 'standard', readings: true, words: true }, terms);
    expect(studied.segments[0].readings).toEqual(['liàn', 'zhǎng', 'zhì']);
    const words = studied.segments[0].words!;
    expect(words[0].start).toBe(0);
    expect(words.at(-1)!.end).toBe(3);
  });
});

describe('marksOf', () => {
  const all = (text: string, patterns: string[]) => buildMatcher(patterns.map((p) => ({ text: p, id: p }))).findAll(text);
  test('leftmost-longest, with what lies inside each', () => {
    expect(marksOf(all('騰籠換鳥，鳳凰涅槃', ['騰籠換鳥，鳳凰涅槃', '騰籠換鳥', '鳳凰涅槃']))).toEqual([
      {
        start: 0,
        end: 9,
        key: '騰籠換鳥，鳳凰涅槃',
        nested: [
          { start: 0, end: 4, key: '騰籠換鳥' },
          { start: 5, end: 9, key: '鳳凰涅槃' },
        ],
      },
    ]);
  });
  test('an overlap that is not nested is dropped', () => {
    expect(marksOf(all('專精特新', ['專精特', '精特新']))).toEqual([{ start: 0, end: 3, key: '專精特', nested: [] }]);
  });
});

describe('standardWording', () => {
  test('puts each Taiwan phrase back and maps offsets into the shown text', () => {
    const { text, substitutions } = taiwanWording('發展新一代信息技術產業，提升數據能力', 'hant');
    const standard = standardWording(text, substitutions);
    expect(standard.text).toBe(convert('發展新一代信息技術產業，提升數據能力', 'hant', 'tw'));
    const at = standard.text.indexOf('信息技術');
    expect(text.slice(standard.map(at, 'start'), standard.map(at + 4, 'end'))).toBe('資訊科技');
    // An offset inside a replaced phrase widens to the whole phrase.
    expect(standard.map(at + 2, 'start')).toBe(text.indexOf('資訊科技'));
    expect(standard.map(at + 2, 'end')).toBe(text.indexOf('資訊科技') + 4);
  });
});

describe('the curated glossary on the real releases', async () => {
  const content = path.resolve(import.meta.dirname, '../../content');
  const glossary = await loadGlossary(content);
  const releases = await loadReleases(content);
  const terms = termsOf(glossary.map((g) => g.hant));
  const VIEWS: [Script, Wording][] = [...SCRIPTS.map((s): [Script, Wording] => [s, 'standard']), ['tw', 'tw']];

  test('the glossary is the curated terms, each with its Simplified form as key', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(100);
    expect(glossary.map((g) => termKey(g.hant))).toEqual(glossary.map((g) => g.hans));
  });

  const recordOf = (release: (typeof releases)[number]): ReleaseRecord => ({
    ...release,
    version: '1',
    editorialNote: '',
    repairs: [],
    speakers: {},
    segments: release.segments.map((s) => ({ id: s.id, kind: s.kind, speaker: null, zh: s.zh, en: s.en, figureIssues: [] })),
  });

  describe.each(releases.map((r) => [r.slug, r] as const))('%s', (_, release) => {
    test.each(VIEWS)('%s script, %s wording: the same terms as in Simplified, text unchanged by marking', (script, wording) => {
      const v = buildReleaseView(recordOf(release), { script, wording, readings: false, words: false }, terms);
      for (const s of v.segments) expect(s.zhRuns.flatMap((run) => run.pieces.map((p) => p.text)).join('')).toBe(s.zh);
      if (wording === 'standard') expect(v.keys).toEqual(buildReleaseView(recordOf(release), { script: 'hans', wording, readings: false, words: false }, terms).keys);
    });
  });

  // Each curated term was added for a release that uses it: every one is found in at least one.
  test('every curated term is found in some release', () => {
    const found = new Set(releases.flatMap((r) => buildReleaseView(recordOf(r), { script: 'hans', wording: 'standard', readings: false, words: false }, terms).keys));
    expect(glossary.map((g) => g.hans).filter((key) => !found.has(key))).toEqual([]);
  });

  test('termMarks on a twin gives the view its marks', () => {
    const release = releases.find((r) => r.slug === '2024-03-08-shandong-new-industrialization')!;
    const v = buildReleaseView(recordOf(release), { script: 'hk', wording: 'standard', readings: false, words: false }, terms);
    for (const s of v.segments) expect(termMarks({ zh: s.zh, substitutions: [] }, simplifiedTwin(s.zh), terms.matcher)).toEqual(s.marks);
  });
});

describe('the official English', () => {
  const official = {
    publisher: { zh: '政府新聞處', en: 'Information Services Department' },
    url: 'https://example.org/en',
    title: null,
    paragraphs: ['English'],
    links: [{ zh: ['s1'], en: [0] }],
  };
  const withOfficial = { ...record('hant', '香港政府新聞處發布'), official };

  test.each([
    ['hans', '政府新闻处'],
    ['hant', '政府新聞處'],
    ['tw', '政府新聞處'],
  ] as const)('its publisher is named in the shown script (%s), Taiwan wording aside', (script, zh) => {
    expect(view(withOfficial, script, termsOf([]), 'tw').official?.publisher).toEqual({ zh, en: 'Information Services Department' });
  });

  test('a release without one has none', () => expect(view(record('hant', '文字'), 'hans', termsOf([])).official).toBeNull());
});
