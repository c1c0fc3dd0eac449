'use client';

import { useId, useState, type FormEvent } from 'react';
import type { NoteLabels } from './labels';

export type NoteDraft = { term: string; body: string; english: string; visibility: 'private' | 'shared' };

type Props = {
  labels: NoteLabels;
  initial: NoteDraft;
  /** POST for a new note, PATCH for an edit. */
  action: { method: 'POST'; url: '/api/v1/notes' } | { method: 'PATCH'; url: string };
  /** With the saved note's key: where the reader is then shown it. */
  onSaved: (saved: { termKey: string }) => void;
  onCancel: () => void;
};

/** The note form: validated again by the API, whose 400 message names the field at fault. */
export function NoteForm({ labels, initial, action, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Labels point at their fields (not wrapping them: a wrapped field's text joins the label's name).
  const id = useId();
  const set = (field: keyof NoteDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(action.url, {
        method: action.method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...draft, english: draft.english.trim() || undefined }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? `${response.status}`);
        return;
      }
      const body = (await response.json().catch(() => null)) as { note?: { termKey: string } } | null;
      onSaved({ termKey: body?.note?.termKey ?? '' });
    } catch {
      setError(labels.networkError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="note-form" onSubmit={submit}>
      <label htmlFor={`${id}-term`}>{labels.term}</label>
      <input id={`${id}-term`} name="term" lang="zh" required maxLength={30} value={draft.term} onChange={set('term')} />
      <label htmlFor={`${id}-body`}>{labels.body}</label>
      <textarea id={`${id}-body`} name="body" required maxLength={5000} rows={6} value={draft.body} onChange={set('body')} aria-describedby={`${id}-hint`} />
      <p className="hint" id={`${id}-hint`}>
        {labels.markdownHint}
      </p>
      <label htmlFor={`${id}-english`}>{labels.english}</label>
      <input id={`${id}-english`} name="english" lang="en" maxLength={200} value={draft.english} onChange={set('english')} />
      <fieldset>
        <legend>{labels.visibility}</legend>
        {(['private', 'shared'] as const).map((v) => (
          <label key={v} className="inline">
            <input type="radio" name="visibility" value={v} checked={draft.visibility === v} onChange={set('visibility')} />
            {labels[v]}
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {labels.save}
        </button>
        <button type="button" onClick={onCancel}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
