'use client';

import { useId, useState, type FormEvent } from 'react';
import type { GlossaryEntry } from '@/lib/glossary/types';
import type { NoteLabels } from './labels';

type Props = { entry: GlossaryEntry; labels: NoteLabels; onSaved: () => void; onCancel: () => void };

// One rendering a line: "official | text | note" (note optional); "working" for a working translation.
const toLines = (entry: GlossaryEntry) => entry.renderings.map((r) => [r.source, r.text, r.note].filter(Boolean).join(' | ')).join('\n');
const fromLines = (lines: string) =>
  lines
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter(([source, text]) => source && text)
    .map(([source, text, note]) => ({ source, text, ...(note ? { note } : {}) }));

/** An editor's form for a curated entry; the API keeps the previous version. */
export function CuratedForm({ entry, labels, onSaved, onCancel }: Props) {
  const id = useId();
  const [pinyin, setPinyin] = useState(entry.pinyin ?? '');
  const [renderings, setRenderings] = useState(toLines(entry));
  const [literal, setLiteral] = useState(entry.literal ?? '');
  const [explanation, setExplanation] = useState(entry.explanation ?? '');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const response = await fetch(`/api/v1/glossary/${encodeURIComponent(entry.key)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pinyin, renderings: fromLines(renderings), literal: literal.trim() || null, explanation }),
    }).catch(() => null);
    if (response?.ok) return onSaved();
    const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setError(body?.error?.message ?? labels.networkError);
  }

  return (
    <form className="note-form" onSubmit={submit}>
      <label htmlFor={`${id}-pinyin`}>{labels.pinyin}</label>
      <input id={`${id}-pinyin`} value={pinyin} onChange={(e) => setPinyin(e.target.value)} required />
      <label htmlFor={`${id}-renderings`}>{labels.renderings}</label>
      <textarea id={`${id}-renderings`} lang="en" rows={3} value={renderings} onChange={(e) => setRenderings(e.target.value)} aria-describedby={`${id}-hint`} />
      <p className="hint" id={`${id}-hint`}>
        {labels.renderingsHint}
      </p>
      <label htmlFor={`${id}-literal`}>{labels.literal}</label>
      <input id={`${id}-literal`} lang="en" value={literal} onChange={(e) => setLiteral(e.target.value)} />
      <label htmlFor={`${id}-explanation`}>{labels.explanation}</label>
      <textarea id={`${id}-explanation`} lang="en" rows={5} value={explanation} onChange={(e) => setExplanation(e.target.value)} required />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit">{labels.save}</button>
        <button type="button" onClick={onCancel}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
