import { describe, expect, test } from 'vitest';
import { loadPolicyReadings } from '@/lib/study/policy-readings';
import { termKey } from '@/lib/terms/key';
import { buildMatcher } from '@/lib/terms/matcher';
import type { ReleaseRecord } from '../types';
import { buildReleaseView } from '../view';
import { printNotesHtml } from './print-notes';

const XSS = '<img src=x onerror="alert(1)">';
const record: ReleaseRecord = {
  slug: 'x',
  version: '1',
  date: '2024-03-08',
  sourceScript: 'hans',
  sourceUrl: 'https://example.gov.cn/a?b=1&c=2',
  issuer: { zh: '山东', en: `Shandong ${XSS}` },
  title: { zh: '题', en: 'T' },
  editorialNote: '',
  speakers: {},
  repairs: [],
  segments: [
    { id: 'a', kind: 'paragraph', speaker: null, zh: '发展新质生产力，推进新型工业化。', en: 'Develop new quality productive forces.', figureIssues: [] },
    { id: 'b', kind: 'paragraph', speaker: null, zh: '新型工业化和专精特新。', en: 'New industrialization.', figureIssues: [] },
  ],
};
const keys = ['新质生产力', '新型工业化', '专精特新'].map(termKey);
const terms = {
  matcher: buildMatcher(keys.map((k) => ({ text: k, id: k }))),
  renderings: new Map([
    [keys[0], ['new quality productive forces', XSS]],
    [keys[1], ['new industrialization']],
  ]),
  policy: loadPolicyReadings(),
};
const labels = { terms: 'Glossary terms', permalinks: 'Permalinks', permalinkRule: 'Each mark:', citation: 'Citation', source: 'Source:', printedFrom: 'Printed from' };

describe('printNotesHtml', () => {
  const view = buildReleaseView(record, { script: 'hant', wording: 'standard', readings: false, words: false }, terms);
  const html = printNotesHtml(view, { zhLang: 'zh-Hant', path: '/en/releases/x?script=hant', date: 'March 8, 2024', labels });

  test('lists every marked term once, in order of first use, as the text shows it, with its renderings', () => {
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    expect(items).toEqual([
      '新質生產力<span lang="en">: new quality productive forces; &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</span>',
      '新型工業化<span lang="en">: new industrialization</span>',
      '專精特新',
    ]);
    expect(view.footnotes).toHaveLength(items.length);
  });

  test('ends with the permalink rule and the citation, every text escaped', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('<span lang="en">Shandong &lt;img');
    expect(html).toContain('<p>Source: https://example.gov.cn/a?b=1&amp;c=2</p>');
    expect(html).toContain('<span class="print-url" data-print-url>/en/releases/x?script=hant</span>#p-…');
    expect(html).toMatch(/^<section class="print-only print-notes" aria-hidden="true">.*<\/section>$/);
  });
});
