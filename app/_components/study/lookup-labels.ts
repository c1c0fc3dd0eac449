// Shared by the server page (which fills the labels) and the client pop-up: no 'use client' here,
// or the server would get a reference instead of the list.
export const LOOKUP_LABELS = [
  'dialog',
  'close',
  'loading',
  'failed',
  'noEntry',
  'curated',
  'mine',
  'cedict',
  'addToGlossary',
  'signInToSave',
  'attribution',
  'wordHint',
  'openEntry',
  'openMyNote',
  'entryHint',
  'copy',
  'copied',
] as const;
export type LookupLabels = Record<(typeof LOOKUP_LABELS)[number], string>;
