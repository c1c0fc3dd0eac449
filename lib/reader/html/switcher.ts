import { attr, markup, type Markup } from '@/lib/core/markup';

export type SwitcherOption = { key: string; href: string; label: string; current: boolean; title?: string; lang?: string };
export type SwitcherProps = { label: string; options: readonly SwitcherOption[]; group?: boolean; className?: string };

/**
 * A labelled row of plain links, the current one marked: choices that work without JavaScript, a
 * full page load each, so every view is its own URL (and its own cached answer). `group` renders a
 * group inside a larger navigation landmark.
 */
export function switcherHtml({ label, options, group = false, className }: SwitcherProps): Markup {
  const items = options.map(
    (o) => markup`<li><a href="${o.href}"${attr('lang', o.lang)}${attr('title', o.title)} data-choice="${o.key}"${attr('aria-current', o.current && 'true')}>${o.label}</a></li>`,
  );
  const inner = markup`class="${className ? `switcher ${className}` : 'switcher'}" aria-label="${label}"><span class="switcher-label" aria-hidden="true">${label}</span><ul>${items}</ul>`;
  return group ? markup`<div role="group" ${inner}</div>` : markup`<nav ${inner}</nav>`;
}
