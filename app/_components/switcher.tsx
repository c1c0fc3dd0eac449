import type { ComponentProps, ReactNode } from 'react';
import { Link } from '@/i18n/navigation';

export type SwitcherOption = { key: string; href: ComponentProps<typeof Link>['href']; label: ReactNode; current: boolean; title?: string; lang?: string };

/**
 * A labelled row of plain links, the current one marked: choices that work without JavaScript and
 * give every view its own URL. `group` renders a group inside a larger navigation landmark.
 */
export function Switcher({ label, options, group = false }: { label: string; options: SwitcherOption[]; group?: boolean }) {
  const Container = group ? 'div' : 'nav';
  return (
    <Container className="switcher" {...(group ? { role: 'group' } : {})} aria-label={label}>
      <span className="switcher-label" aria-hidden="true">
        {label}
      </span>
      <ul>
        {options.map((o) => (
          <li key={o.key}>
            <Link prefetch={false} href={o.href} lang={o.lang} title={o.title} aria-current={o.current ? 'true' : undefined}>
              {o.label}
            </Link>
          </li>
        ))}
      </ul>
    </Container>
  );
}
