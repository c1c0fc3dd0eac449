'use client';

import { useCallback, useEffect, useState } from 'react';
import type { NoteLabels } from './labels';
import { CuratedForm } from './curated-form';
import { NoteForm } from './note-form';
import { fetchEntryHistory, fetchHistory, fetchTermCard, type CardNote, type CardRevision, type EntryRevision, type TermCardData } from './term-card-data';

type Props = {
  termKey: string;
  /** Terms inside this one (騰籠換鳥 in 騰籠換鳥，鳳凰涅槃): their notes show here too. */
  nested: readonly string[];
  script: string;
  lang: string;
  labels: NoteLabels;
  entryHref: string;
  isEditor: boolean;
  /** Offered when signed in: a note on this term (its form in the reader's script). */
  onCompose?: (term: string) => void;
  /** Said once, after a note on this term was saved. */
  status?: string;
  onChanged: () => void;
};

/** The card for one term: the curated entry, the reader's own notes, then shared notes; then the same for each term inside it. */
export function TermCard({ termKey, nested, script, lang, labels, entryHref, isEditor, onCompose, status, onChanged }: Props) {
  const [data, setData] = useState<TermCardData | 'loading' | 'failed'>('loading');
  const [inner, setInner] = useState<TermCardData[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [history, setHistory] = useState<Record<string, CardRevision[] | 'loading'>>({});
  const [editingEntry, setEditingEntry] = useState(false);
  const [entryHistory, setEntryHistory] = useState<EntryRevision[] | null>(null);

  const fetchCards = useCallback(() => Promise.all([termKey, ...nested].map((key) => fetchTermCard(key, script))), [termKey, nested, script]);
  const show = ([card, ...within]: (TermCardData | null)[]) => {
    setData(card ?? 'failed');
    setInner(within.filter((c): c is TermCardData => c !== null && c.notes.length > 0));
  };
  useEffect(() => {
    let current = true;
    void fetchCards().then((cards) => current && show(cards));
    return () => {
      current = false;
    };
  }, [fetchCards]);

  if (data === 'loading') return <p role="status">{labels.loading}</p>;
  if (data === 'failed') return <p role="alert">{labels.loadFailed}</p>;

  const changed = async () => {
    setEditing(null);
    setEditingEntry(false);
    setEntryHistory(null);
    setHistory({});
    show(await fetchCards());
    onChanged();
  };
  async function remove(note: CardNote) {
    if (!window.confirm(labels.confirmDelete)) return;
    const response = await fetch(`/api/v1/notes/${note.id}`, { method: 'DELETE' });
    if (response.ok) await changed();
  }
  async function toggleHistory(note: CardNote) {
    if (history[note.id]) return setHistory(({ [note.id]: _, ...rest }) => rest);
    setHistory((h) => ({ ...h, [note.id]: 'loading' }));
    const revisions = await fetchHistory(note.id);
    setHistory((h) => ({ ...h, [note.id]: revisions }));
  }

  const { entry, notes } = data;
  const mine = notes.filter((n) => n.mine);
  const shared = notes.filter((n) => !n.mine);
  const renderNote = (note: CardNote) => (
    <li key={note.id} className="card-note">
      {editing === note.id ? (
        <NoteForm
          labels={labels}
          initial={{ term: note.term, body: note.body, english: note.english ?? '', visibility: note.visibility }}
          action={{ method: 'PATCH', url: `/api/v1/notes/${note.id}` }}
          onSaved={changed}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <>
          <p className="card-note-meta">
            <span lang={lang}>{note.shown ?? note.term}</span>
            {note.english && <span lang="en"> · {note.english}</span>} · {note.visibility === 'shared' ? labels.shared : labels.private}
            {!note.mine && (
              <>
                {' '}
                · {labels.by} <bdi>{note.author.name}</bdi>
              </>
            )}{' '}
            · <time dateTime={note.updatedAt}>{note.updatedAt.slice(0, 10)}</time>
          </p>
          {/* Server-rendered Markdown that has passed the sanitiser (lib/notes/markdown.ts). */}
          <div className="note-body" dangerouslySetInnerHTML={{ __html: note.html }} />
          <div className="card-actions">
            {note.mine && (
              <>
                <button type="button" onClick={() => setEditing(note.id)}>
                  {labels.edit}
                </button>
                <button type="button" onClick={() => remove(note)}>
                  {labels.delete}
                </button>
              </>
            )}
            <button type="button" aria-expanded={Boolean(history[note.id])} onClick={() => toggleHistory(note)}>
              {labels.history}
            </button>
          </div>
          <NoteHistory revisions={history[note.id]} empty={labels.noHistory} />
        </>
      )}
    </li>
  );

  return (
    <div className="term-card">
      {!entry && (
        <p className="card-term">
          <span lang={lang}>{data.term}</span> <span className="pinyin">{data.pinyin}</span>
        </p>
      )}
      {entry && editingEntry && <CuratedForm entry={entry} labels={labels} onSaved={changed} onCancel={() => setEditingEntry(false)} />}
      {entry && !editingEntry && (
        <section aria-label={labels.curated}>
          <p className="card-term">
            <span lang={lang}>{entry.term}</span> <span className="pinyin">{entry.pinyin}</span>
          </p>
          <ul className="renderings">
            {entry.renderings.map((r) => (
              <li key={r.text} lang="en">
                {r.text}{' '}
                <span className="source">
                  ({r.source === 'official' ? labels.official : labels.working}
                  {r.note ? `${labels.colon}${r.note}` : ''})
                </span>
              </li>
            ))}
          </ul>
          {entry.literal && (
            <p lang="en">
              {labels.literal}
              {labels.colon}
              {entry.literal}
            </p>
          )}
          <p lang="en">{entry.explanation}</p>
          <div className="card-actions">
            {isEditor && (
              <button type="button" onClick={() => setEditingEntry(true)}>
                {labels.editEntry}
              </button>
            )}
            <button type="button" aria-expanded={entryHistory !== null} onClick={async () => setEntryHistory(entryHistory ? null : await fetchEntryHistory(termKey))}>
              {labels.entryHistory}
            </button>
          </div>
          {entryHistory?.length === 0 && <p className="note-history">{labels.noHistory}</p>}
          {entryHistory && entryHistory.length > 0 && (
            <ol className="note-history">
              {entryHistory.map((r) => (
                <li key={r.id}>
                  <time dateTime={r.createdAt}>{r.createdAt.replace('T', ' ').slice(0, 16)}</time> · <bdi>{r.editor?.name ?? labels.formerEditor}</bdi>
                  <p lang="en">{r.fields.explanation}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {status && (
        <p role="status" className="card-status">
          {status}
        </p>
      )}
      {mine.length > 0 && (
        <section>
          <h3>{labels.myNotes}</h3>
          <ul>{mine.map(renderNote)}</ul>
        </section>
      )}
      {shared.length > 0 && (
        <section>
          <h3>{labels.sharedNotes}</h3>
          <ul>{shared.map(renderNote)}</ul>
        </section>
      )}
      {onCompose && (
        <p>
          <button type="button" className="card-compose" onClick={() => onCompose(data.term)}>
            {labels.addNoteOn}
          </button>
        </p>
      )}
      {inner.map((card) => (
        <section key={card.term} className="card-nested" aria-label={`${labels.inside} ${card.term}`}>
          <h3>
            {labels.inside} <span lang={lang}>{card.term}</span> <span className="pinyin">{card.pinyin}</span>
          </h3>
          {card.entry && <p lang="en">{card.entry.renderings.map((r) => r.text).join('; ')}</p>}
          <ul>{card.notes.map(renderNote)}</ul>
        </section>
      ))}
      <p>
        <a href={entryHref}>{labels.openEntry}</a>
      </p>
    </div>
  );
}

/** A note's earlier versions, once loaded: a list, or a sentence when there are none. */
function NoteHistory({ revisions, empty }: { revisions: CardRevision[] | 'loading' | undefined; empty: string }) {
  if (!revisions || revisions === 'loading') return null;
  if (!revisions.length) return <p className="note-history">{empty}</p>;
  return (
    <ol className="note-history">
      {revisions.map((r) => (
        <li key={r.id}>
          <time dateTime={r.updatedAt}>{r.updatedAt.replace('T', ' ').slice(0, 16)}</time> · <bdi>{r.author.name}</bdi>
          {/* Server-rendered Markdown that has passed the sanitiser (lib/notes/markdown.ts). */}
          <div className="note-body" dangerouslySetInnerHTML={{ __html: r.html }} />
        </li>
      ))}
    </ol>
  );
}
