import { describe, expect, test } from 'vitest';
import { loadPolicyReadings } from '@/lib/study/policy-readings';
import { termKey } from '@/lib/terms/key';
import { buildMatcher } from '@/lib/terms/matcher';
import type { ReleaseRecord } from '../types';
import { buildReleaseView } from '../view';
import { rowsHtml, type RowOptions } from './rows';

const XSS = '<img src=x onerror="alert(1)">&\'';
const record: ReleaseRecord = {
  slug: 'x',
  version: '1',
  date: '2024-03-08',
  sourceScript: 'hant',
  sourceUrl: null,
  issuer: { zh: '山東', en: 'Shandong' },
  title: { zh: '題', en: 'T' },
  editorialNote: '',
  speakers: { s: { zh: `記者${XSS}`, en: `Reporter ${XSS}`, role: null } },
  repairs: [],
  segments: [
    { id: 'h1', kind: 'heading', level: 2, speaker: null, zh: '（一）鏈長制', en: '(1) The chain chief system', figureIssues: [] },
    { id: 'q1', kind: 'question', speaker: 's', zh: `請問鏈長${XSS}？`, en: `Chain chiefs ${XSS}?`, figureIssues: [`7 ${XSS}`] },
  ],
};
const terms = { matcher: buildMatcher([{ text: termKey('鏈長'), id: termKey('鏈長') }]), renderings: new Map([[termKey('鏈長'), ['chain chiefs']]]), policy: loadPolicyReadings() };
const options = (change: Partial<RowOptions> = {}): RowOptions => ({
  zhLang: 'zh-Hant',
  ruby: null,
  tones: false,
  words: false,
  termHref: (key) => `/en/glossary/${key}?script=hant`,
  labels: {
    figuresDiffer: 'Figures differ',
    officialFiguresDiffer: 'Official figures differ',
    untranslated: 'Not yet translated',
    draft: 'Draft',
    omitted: 'Not in the official English',
    beyond: 'After the end of the copy held',
    added: 'Added in the English',
    sharedEnglish: 'With the passage above',
    duizhaoFill: 'Duizhao translation:',
    colon: ': ',
    permalink: 'Permalink',
    copyCitation: 'Copy citation',
    original: 'Original: {word}',
    lang: 'en',
    figureMissing: '“{figure}” is not in the English.',
    figureChanged: '“{figure}” is “{english}” in the English.',
  },
  english: 'duizhao',
  ...change,
});

describe('rowsHtml', () => {
  const view = buildReleaseView(record, { script: 'hant', wording: 'standard', readings: true, words: true }, terms);

  test('markup in any text, label or figure note is escaped, never rendered', () => {
    const html = rowsHtml(view, options());
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
  });

  test('each segment is a row with its permalink; headings take their level; speakers label their turn', () => {
    const html = rowsHtml(view, options());
    expect(html).toContain('<div id="p-h1" class="row kind-heading"><div class="cell zh" lang="zh-Hant"><h3 class="seg-text">');
    expect(html).toContain('<a href="#p-q1" class="permalink" aria-label="Permalink">#</a>');
    expect(html).toMatch(/<p class="speaker">記者&lt;img/);
    expect(html.match(/<div id="p-/g)).toHaveLength(2);
  });

  test('a term is a link to its entry, and its rendering is marked in the English', () => {
    const html = rowsHtml(view, options());
    expect(html).toContain('<a class="term" href="/en/glossary/链长?script=hant" data-fn="1">鏈長</a>');
    expect(html).toContain('<span class="term-en" data-term="链长">Chain chiefs</span>');
  });

  test('ruby over every Han character, by word, each with its tone where colours are on, and word starts for the pop-up', () => {
    const html = rowsHtml(view, options({ ruby: 'marks', tones: true, words: true }));
    expect(html).toContain(
      '<span class="tone-4">鏈</span><span class="tone-3">長</span><rt aria-hidden="true"><span class="tone-4">liàn</span> <span class="tone-3">zhǎng</span></rt>',
    );
    expect(html).toMatch(/data-words="0(,\d+)+"/);
    const plain = rowsHtml(view, options({ ruby: 'marks', words: true }));
    expect(plain).toContain('<ruby>鏈長<rt aria-hidden="true">liàn zhǎng</rt></ruby>');
    expect(plain).not.toContain('tone-');
  });

  test('an untranslated segment says so, and a draft is marked as one', () => {
    const withStatus = buildReleaseView(
      {
        ...record,
        segments: [
          { ...record.segments[0], en: '', status: 'untranslated' },
          { ...record.segments[1], status: 'draft' },
        ],
      },
      { script: 'hant', wording: 'standard', readings: false, words: false },
      terms,
    );
    const html = rowsHtml(withStatus, options());
    expect(html).toContain('<div class="cell en" lang="en"><p class="untranslated">Not yet translated</p></div>');
    expect(html).toMatch(/<p class="track-status">Draft<\/p><p class="seg-text">/);
  });
});

describe('rowsHtml beside the official English', () => {
  const three = [
    ...record.segments,
    { id: 'a1', kind: 'answer' as const, speaker: null, zh: '增長5.2%。', en: 'Growth of 5.2%.', figureIssues: [] },
    { id: 'a2', kind: 'paragraph' as const, speaker: null, zh: '另一句。', en: 'Another sentence.', figureIssues: [] },
  ];
  const official = {
    publisher: { zh: '政府', en: 'Government' },
    url: 'https://example.gov/en',
    title: null,
    paragraphs: ['(1) The chain-chief system', 'Growth of 5.3%, and another sentence.', 'A translation of the remarks follows:'],
    links: [
      { zh: ['h1'], en: [0] },
      { zh: ['a1', 'a2'], en: [1] },
    ],
  };
  const view = buildReleaseView({ ...record, segments: three, official }, { script: 'hant', wording: 'standard', readings: false, words: false }, terms);
  const html = rowsHtml(view, options({ english: 'official' }));

  test('shows the official paragraphs, never Duizhao’s English for a rendered segment', () => {
    expect(html).toContain('(1) The chain-chief system');
    expect(html).not.toContain('(1) The chain chief system');
  });

  test('a segment left out says so and offers Duizhao’s translation beside it', () => {
    const q1 = html.slice(html.indexOf('id="p-q1"'), html.indexOf('id="p-a1"'));
    expect(q1).toContain('<p class="gap gap-omitted">Not in the official English</p><p class="track-status">Duizhao translation:</p>');
    expect(q1).toContain('Chain chiefs');
  });

  test('two segments rendered by one paragraph: the second points to the first; figures that differ are flagged', () => {
    const a1 = html.slice(html.indexOf('id="p-a1"'), html.indexOf('id="p-a2"'));
    expect(a1).toContain('Growth of 5.3%');
    expect(a1).toContain('<p class="figures-warning" role="note">Official figures differ: “5.2%” is “5.3%” in the English.</p>');
    expect(html).toContain('<p class="en-shared" data-en-from="p-a1">With the passage above</p>');
  });

  test('English with no Chinese source is a row of its own with a permalink', () => {
    expect(html).toContain('<div id="en-2" class="row kind-paragraph gap-row"><div class="cell zh"><p class="gap gap-added">Added in the English</p></div>');
    expect(html).toContain('href="#en-2"');
    expect(html.match(/<div id="(p|en)-/g)).toHaveLength(5);
  });

  test("an interview's official English that names the speaker itself is not labelled again; one that does not is", () => {
    const turn = (en: string) => {
      const official = {
        publisher: { zh: '政府', en: 'Government' },
        url: 'https://example.gov/en',
        title: null,
        paragraphs: ['Heading', en],
        links: [
          { zh: ['h1'], en: [0] },
          { zh: ['q1'], en: [1] },
        ],
      };
      const v = buildReleaseView(
        { ...record, speakers: { s: { zh: '問', en: 'Q', role: null } }, official },
        { script: 'hant', wording: 'standard', readings: false, words: false },
        terms,
      );
      const row = rowsHtml(v, options({ english: 'official' }));
      return row.slice(row.indexOf('id="p-q1"'));
    };
    expect(turn('Q: Thank you so much for your time.')).not.toContain('<p class="speaker">Q</p>');
    expect(turn('Thank you so much for your time.')).toContain('<div class="cell en" lang="en"><p class="speaker">Q</p>');
    // The Chinese cell keeps its label either way.
    expect(turn('Q: Thank you so much for your time.')).toContain('<p class="speaker">問</p>');
  });

  test('segments after the last one the links name are after the end of the copy held, not left out', () => {
    const short = buildReleaseView(
      { ...record, segments: three, official: { ...official, links: [{ zh: ['h1'], en: [0] }] } },
      { script: 'hant', wording: 'standard', readings: false, words: false },
      terms,
    );
    const rows = rowsHtml(short, options({ english: 'official' }));
    expect(short.official?.gaps).toMatchObject({ omitted: [], beyond: ['q1', 'a1', 'a2'] });
    expect(rows.match(/<p class="gap gap-beyond">After the end of the copy held<\/p>/g)).toHaveLength(3);
    expect(rows).not.toContain('gap-omitted');
  });

  test('under a Chinese UI its labels in the English cells are marked as Chinese', () => {
    const labels = {
      ...options().labels,
      omitted: '官方英文版未收此段',
      duizhaoFill: '對照譯文：',
      sharedEnglish: '與上段合譯',
      officialFiguresDiffer: '數字不同',
      colon: '：',
      lang: 'zh-Hant',
      figureChanged: '「{figure}」在英文中是「{english}」。',
    };
    const zh = rowsHtml(view, options({ english: 'official', labels }));
    expect(zh).toContain('<p class="gap gap-omitted" lang="zh-Hant">官方英文版未收此段</p><p class="track-status" lang="zh-Hant">對照譯文：</p>');
    expect(zh).toContain('<p class="en-shared" data-en-from="p-a1" lang="zh-Hant">與上段合譯</p>');
    expect(zh).toContain('<p class="figures-warning" role="note" lang="zh-Hant">數字不同：「5.2%」在英文中是「5.3%」。</p>');
  });
});
