'use client';

import { useViewer } from './viewer';

export type EditorLink = { href: string; label: string };

/** An editor's ways into a release's English and content, shown once the page knows the reader is one (the page itself is the same for everyone). */
export function EditorLinks({ label, links }: { label: string; links: EditorLink[] }) {
  const viewer = useViewer();
  if (viewer?.role !== 'editor') return null;
  return (
    <nav aria-label={label} className="editor-links">
      <span className="editor-links-label">{label}</span>
      {links.map((l) => (
        <a key={l.href} href={l.href}>
          {l.label}
        </a>
      ))}
    </nav>
  );
}
