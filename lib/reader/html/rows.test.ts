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
  words: false,
  termHref: (key) => `/en/glossary/${key}?script=hant`,
  labels: { figuresDiffer: 'Figures differ', permalink: 'Permalink', copyCitation: 'Copy citation', original: 'Original: {word}' },
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
    expect(html).toContain('<a class="term" href="/en/glossary/链长?script=hant" data-term="链长">鏈長</a>');
    expect(html).toContain('<span class="term-en" data-term="链长">Chain chiefs</span>');
  });

  test('ruby over every Han character with its tone, by word, and word starts for the pop-up', () => {
    const html = rowsHtml(view, options({ ruby: 'marks', words: true }));
    expect(html).toContain('<span class="tone-4">鏈</span><span class="tone-3">長</span><rt aria-hidden="true"><span class="tone-4">liàn</span> <span class="tone-3">zhǎng</span></rt>');
    expect(html).toMatch(/data-words="0(,\d+)+"/);
  });
});
