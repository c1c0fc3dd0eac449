import { renderNoteMarkdown } from './markdown';
import type { Visibility } from './schema';

type Person = { id: string; name: string };

/** A note as the API and the UI get it. `term` and `author.name` are plain text for the UI to
 * escape; `html` is the body already rendered and sanitised. */
export type NoteView = {
  id: string;
  term: string;
  termKey: string;
  body: string;
  html: string;
  english: string | null;
  visibility: Visibility;
  author: Person;
  createdAt: string;
  updatedAt: string;
  mine: boolean;
  /** The term in the script the reader asked for, where the answer is for one (as typed: `term`). */
  shown?: string;
};

/** An earlier version of a note: written by `author` at `updatedAt`, replaced at `replacedAt`. */
export type RevisionView = Pick<NoteView, 'term' | 'body' | 'html' | 'english' | 'visibility' | 'author' | 'updatedAt'> & {
  id: string;
  replacedAt: string;
};

type NoteRow = {
  id: string;
  term: string;
  termKey: string;
  body: string;
  english: string | null;
  visibility: string;
  authorId: string;
  author: Person;
  createdAt: Date;
  updatedAt: Date;
};

type RevisionRow = Pick<NoteRow, 'id' | 'term' | 'body' | 'english' | 'visibility'> & { editor: Person; createdAt: Date };

export function noteView(note: NoteRow, viewerId: string | undefined): NoteView {
  return {
    id: note.id,
    term: note.term,
    termKey: note.termKey,
    body: note.body,
    html: renderNoteMarkdown(note.body),
    english: note.english,
    visibility: note.visibility as Visibility,
    author: { id: note.author.id, name: note.author.name },
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    mine: note.authorId === viewerId,
  };
}

/**
 * Revisions (oldest first) as versions. A revision row holds the version an edit replaced and who
 * made that edit; so version k was written by whoever made edit k-1 (the author for the first),
 * at that edit's time (the note's creation for the first).
 */
export function revisionViews(note: NoteRow, revisions: readonly RevisionRow[]): RevisionView[] {
  return revisions.map((r, k) => {
    const before = revisions[k - 1];
    const author = before ? before.editor : note.author;
    return {
      id: r.id,
      term: r.term,
      body: r.body,
      html: renderNoteMarkdown(r.body),
      english: r.english,
      visibility: r.visibility as Visibility,
      author: { id: author.id, name: author.name },
      updatedAt: (before ? before.createdAt : note.createdAt).toISOString(),
      replacedAt: r.createdAt.toISOString(),
    };
  });
}
