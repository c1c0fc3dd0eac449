'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { iriSegment } from '@/lib/http/path';
import { termKeyOf } from '@/lib/reader/term-link';
import type { NoteLabels } from './labels';
import { NoteForm } from './note-form';
import { TermCard } from './term-card';
import { useViewer } from '../viewer';
import { applyOverlay, fetchOverlay, refreshRows } from './overlay-dom';

type Props = {
  release: string;
  script: string;
  wording: string;
  lang: string;
  signInHref: string;
  /** The glossary entry's URL for a key: where a term links without JavaScript. */
  entryHrefBase: string;
  labels: NoteLabels;
};

type Draft = { term: string; body?: string; english?: string };
type Open = { kind: 'card'; key: string; nested?: string[]; status?: string } | ({ kind: 'compose' } & Draft) | null;
const NONE: string[] = [];

const MAX_TERM = 30;

/** Term cards, English highlighting and note-taking over the server-rendered reader. */
export function ReaderNotes({ release, script, wording, lang, signInHref, entryHrefBase, labels }: Props) {
  const viewer = useViewer();
  const signedIn = Boolean(viewer);
  const isEditor = viewer?.role === 'editor';
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState<Open>(null);
  const [selection, setSelection] = useState<{ term: string; top: number; left: number } | null>(null);

  useEffect(() => {
    const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('a.term') : null);
    const highlight = (event: Event, on: boolean) => {
      const term = termOf(event.target);
      if (!term) return;
      const row = term.closest('.row');
      row?.querySelectorAll(`.term-en[data-term="${CSS.escape(termKeyOf(term.getAttribute('href')) ?? '')}"]`).forEach((el) => el.classList.toggle('active', on));
      term.classList.toggle('active', on);
    };
    const onClick = (event: MouseEvent) => {
      const term = termOf(event.target);
      const key = termKeyOf(term?.getAttribute('href'));
      if (!term || !key || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      setOpen({ kind: 'card', key, nested: term.dataset.nested?.split(' ').filter(Boolean) });
    };
    const onSelection = () => {
      const sel = document.getSelection();
      const text = sel?.toString().trim() ?? '';
      // The Chinese text, not the pop-up dictionary that sits in the same cell.
      const from = sel?.anchorNode?.parentElement;
      const anchor = from?.closest('.lookup-popup') ? null : from?.closest('.cell.zh');
      if (!sel || sel.rangeCount === 0 || !anchor || !text || [...text].length > MAX_TERM || /\s/.test(text)) return setSelection(null);
      const rect = sel.getRangeAt(0).getBoundingClientRect();
      setSelection({ term: text, top: rect.bottom + window.scrollY + 6, left: rect.left + window.scrollX });
    };
    // The pop-up dictionary's "add to my glossary" hands over a draft.
    const onDraft = (event: Event) => setOpen({ kind: 'compose', ...(event as CustomEvent<Draft>).detail });
    const onCard = (event: Event) => setOpen({ kind: 'card', key: (event as CustomEvent<{ key: string }>).detail.key });
    // Before a drag can start: a drag across a term selects its text (to note it) instead of
    // dragging the link. Set here, not in the markup, which repeats for every term.
    const undraggable = (event: Event) => {
      const term = termOf(event.target);
      if (term) term.draggable = false;
    };
    const over = (e: Event) => highlight(e, true);
    const out = (e: Event) => highlight(e, false);
    const listeners: [string, (e: Event) => void][] = [
      ['pointerdown', undraggable],
      ['click', onClick as (e: Event) => void],
      ['mouseover', over],
      ['mouseout', out],
      ['focusin', over],
      ['focusout', out],
      ['selectionchange', onSelection],
      ['dz:compose', onDraft],
      ['dz:card', onCard],
    ];
    for (const [type, listener] of listeners) document.addEventListener(type, listener);
    return () => listeners.forEach(([type, listener]) => document.removeEventListener(type, listener));
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) {
      d.showModal();
      // showModal focuses the close button; a form should start in its first field.
      d.querySelector<HTMLElement>('form input:not([type="radio"])')?.focus();
    }
    if (!open && d?.open) d.close();
  }, [open]);

  // As the rows write their term links, so the reader's own read the same.
  const hrefFor = useCallback((key: string) => `${entryHrefBase}/${iriSegment(key)}?script=${script}`, [entryHrefBase, script]);
  const overlay = useCallback(async () => applyOverlay(await fetchOverlay(release, script, wording), hrefFor), [release, script, wording, hrefFor]);
  useEffect(() => {
    if (viewer) void overlay();
  }, [viewer, overlay]);

  const changed = async () => {
    // The pop-up dictionary caches answers that may now lack this note.
    document.dispatchEvent(new Event('dz:note-saved'));
    await refreshRows();
    await overlay();
  };
  const compose = (term: string) => {
    setSelection(null);
    setOpen({ kind: 'compose', term });
  };

  return (
    <>
      <button type="button" className="add-note" onClick={() => compose('')}>
        {labels.addNote}
      </button>
      {selection && (
        <button type="button" className="add-note floating" style={{ top: selection.top, left: selection.left }} onClick={() => compose(selection.term)}>
          {labels.addNoteFor} <span lang={lang}>{selection.term}</span>
        </button>
      )}
      <dialog ref={dialog} className="note-dialog" aria-label={open?.kind === 'card' ? open.key : labels.addNote} onClose={() => setOpen(null)}>
        <div className="dialog-head">
          <button type="button" className="dialog-close" onClick={() => setOpen(null)} aria-label={labels.close}>
            ×
          </button>
        </div>
        {open?.kind === 'card' && (
          <TermCard
            key={`${open.key} ${open.status ?? ''}`}
            termKey={open.key}
            nested={open.nested ?? NONE}
            script={script}
            lang={lang}
            labels={labels}
            entryHref={`${entryHrefBase}/${encodeURIComponent(open.key)}`}
            isEditor={isEditor}
            onCompose={signedIn ? compose : undefined}
            status={open.status}
            onChanged={changed}
          />
        )}
        {open?.kind === 'compose' &&
          (signedIn ? (
            <NoteForm
              labels={labels}
              initial={{ term: open.term, body: open.body ?? '', english: open.english ?? '', visibility: 'private' }}
              action={{ method: 'POST', url: '/api/v1/notes' }}
              onSaved={({ termKey }) => {
                // Show the reader where the note went: its term's card, saying it was saved.
                setOpen(termKey ? { kind: 'card', key: termKey, status: labels.saved } : null);
                void changed();
              }}
              onCancel={() => setOpen(null)}
            />
          ) : (
            <p>
              <a href={signInHref}>{labels.signInToNote}</a>
            </p>
          ))}
      </dialog>
    </>
  );
}
