/** UI strings the notes components need, translated on the server and passed down. */
export type NoteLabels = {
  addNote: string;
  addNoteFor: string;
  /** ": " or "：", after a label. */
  colon: string;
  /** On a term's card: "Add a note on this term". */
  addNoteOn: string;
  /** Heading of a nested term's notes on the longer term's card: "Inside this term:". */
  inside: string;
  /** After saving: "Note saved. It shows on this card and wherever the term occurs." */
  saved: string;
  signInToNote: string;
  term: string;
  body: string;
  markdownHint: string;
  english: string;
  visibility: string;
  private: string;
  shared: string;
  save: string;
  cancel: string;
  close: string;
  edit: string;
  delete: string;
  confirmDelete: string;
  history: string;
  noHistory: string;
  curated: string;
  myNotes: string;
  sharedNotes: string;
  by: string;
  official: string;
  working: string;
  literal: string;
  openEntry: string;
  loading: string;
  loadFailed: string;
  networkError: string;
  editEntry: string;
  pinyin: string;
  renderings: string;
  renderingsHint: string;
  explanation: string;
  entryHistory: string;
  formerEditor: string;
};
