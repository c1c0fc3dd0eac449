import type { GlossaryEntry } from '@/lib/glossary/types';
import type { NoteView, RevisionView } from '@/lib/notes/view';

export type CardNote = NoteView;
export type CardRevision = RevisionView;
/** `term` and `pinyin` head the card even when no curated entry exists. */
export type TermCardData = { term: string; pinyin: string; entry: GlossaryEntry | null; notes: NoteView[] };

/** The card's content from the glossary API; null when it cannot be had. */
export async function fetchTermCard(key: string, script: string): Promise<TermCardData | null> {
  const response = await fetch(`/api/v1/glossary/${encodeURIComponent(key)}?script=${script}`);
  if (!response.ok) return null;
  const entry = (await response.json()) as GlossaryEntry;
  return { term: entry.term, pinyin: entry.pinyin, entry: entry.curated ? entry : null, notes: entry.notes };
}

export async function fetchHistory(noteId: string): Promise<RevisionView[]> {
  const response = await fetch(`/api/v1/notes/${noteId}/history`);
  if (!response.ok) return [];
  return ((await response.json()) as { revisions: RevisionView[] }).revisions;
}

/** An earlier version of a curated entry: the fields before `editor` changed them at `createdAt`. */
export type EntryRevision = { id: string; editor: { id: string; name: string } | null; createdAt: string; fields: { explanation?: string } };

export async function fetchEntryHistory(key: string): Promise<EntryRevision[]> {
  const response = await fetch(`/api/v1/glossary/${encodeURIComponent(key)}/history`);
  if (!response.ok) return [];
  return ((await response.json()) as { revisions: EntryRevision[] }).revisions;
}
