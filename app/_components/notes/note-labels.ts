import { getTranslations } from 'next-intl/server';
import type { NoteLabels } from './labels';

const KEYS = [
  'addNote',
  'addNoteFor',
  'signInToNote',
  'term',
  'body',
  'markdownHint',
  'english',
  'visibility',
  'private',
  'shared',
  'save',
  'cancel',
  'close',
  'edit',
  'delete',
  'confirmDelete',
  'history',
  'noHistory',
  'curated',
  'myNotes',
  'sharedNotes',
  'by',
  'official',
  'working',
  'literal',
  'openEntry',
  'loading',
  'loadFailed',
  'networkError',
  'editEntry',
  'pinyin',
  'renderings',
  'renderingsHint',
  'explanation',
  'entryHistory',
  'formerEditor',
  'addNoteOn',
  'inside',
  'saved',
  'colon',
] as const satisfies readonly (keyof NoteLabels)[];

/** The notes UI's strings in the request's language, for the client components. */
export async function noteLabels(): Promise<NoteLabels> {
  const t = await getTranslations('Notes');
  return Object.fromEntries(KEYS.map((k) => [k, t(k)])) as NoteLabels;
}
