import type { ReactNode } from 'react';

export type SwitcherOption = { key: string; href: string; label: ReactNode; current: boolean; title?: string; lang?: string };

/**
 * A labelled row of plain links, the current one marked: choices that work without JavaScript, a
 * full page load each, so every view is its own URL (and its own cached answer). `group` renders a
 * group inside a larger navigation landmark.
 */
export function Switcher({ label, options, group = false, className }: { label: string; options: SwitcherOption[]; group?: boolean; className?: string }) {
  const Container = group ? 'div' : 'nav';
  return (
    <Container className={className ? `switcher ${className}` : 'switcher'} {...(group ? { role: 'group' } : {})} aria-label={label}>
      <span className="switcher-label" aria-hidden="true">
        {label}
      </span>
      <ul>
        {options.map((o) => (
          <li key={o.key}>
            <a href={o.href} lang={o.lang} title={o.title} data-choice={o.key} aria-current={o.current ? 'true' : undefined}>
              {o.label}
            </a>
          </li>
        ))}
      </ul>
    </Container>
  );
}
