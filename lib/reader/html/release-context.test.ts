import { expect, test } from 'vitest';
import { releaseContextHtml } from './release-context';

test('the release in the library: new terms beside the previous release, related releases, every text escaped', () => {
  const html = releaseContextHtml(
    {
      heading: 'In the library',
      fresh: {
        heading: '2 new terms',
        comparedWith: 'Compared with',
        previous: { href: '/en/releases/a?script=hant', zh: '<前>', date: '2024-01-01' },
        terms: [{ href: '/en/glossary/x', text: '新質' }],
      },
      related: { heading: 'Related', releases: [{ href: '/en/releases/b?script=hant&x=1', zh: '乙', date: '2024-02-02', en: 'B & C', shared: '3 shared terms' }] },
    },
    'zh-Hant',
  );
  expect(html).toContain('<p>Compared with <a href="/en/releases/a?script=hant"><span lang="zh-Hant">&lt;前&gt;</span></a> (<time datetime="2024-01-01">2024-01-01</time>)</p>');
  expect(html).toContain('<ul class="term-chips"><li><a href="/en/glossary/x" lang="zh-Hant">新質</a></li></ul>');
  expect(html).toContain(
    '<li><a href="/en/releases/b?script=hant&amp;x=1"><span lang="zh-Hant">乙</span></a> <span lang="en" class="muted">B &amp; C</span> · <time datetime="2024-02-02">2024-02-02</time> · 3 shared terms</li>',
  );
  const none = { heading: 'In the library', fresh: null, related: null };
  expect(releaseContextHtml(none, 'zh-Hant')).toBe('');
  const noTerms = releaseContextHtml(
    { ...none, fresh: { heading: 'No new terms', comparedWith: 'Compared with', previous: { href: '/a', zh: '甲', date: '2024-01-01' }, terms: [] } },
    'zh-Hant',
  );
  expect(noTerms).not.toContain('term-chips');
  expect(noTerms).toMatch(/<\/p><\/section><\/aside>$/);
});
