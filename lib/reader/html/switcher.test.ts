import { expect, test } from 'vitest';
import { switcherHtml } from './switcher';

test('a switcher is a labelled list of links, the current one marked; a group is a group', () => {
  const options = [
    { key: 'hans', href: '/en/r?script=hans&save=1', label: '简体', lang: 'zh-Hans', current: false },
    { key: 'hant', href: '/en/r?script=hant&save=1', label: '繁體', title: 'Traditional "x"', current: true },
  ];
  expect(switcherHtml({ label: 'Script', options }).text).toBe(
    '<nav class="switcher" aria-label="Script"><span class="switcher-label" aria-hidden="true">Script</span><ul>' +
      '<li><a href="/en/r?script=hans&amp;save=1" lang="zh-Hans" data-choice="hans">简体</a></li>' +
      '<li><a href="/en/r?script=hant&amp;save=1" title="Traditional &quot;x&quot;" data-choice="hant" aria-current="true">繁體</a></li></ul></nav>',
  );
  expect(switcherHtml({ label: 'Pinyin', options, group: true, className: 'x' }).text).toMatch(/^<div role="group" class="switcher x" aria-label="Pinyin">.*<\/div>$/);
});
