/**
 * The release's headline as a segment of an alignment, before the first, so that the aligner
 * pairs it with the English headline. Not a slug, so no segment of a release can have this id.
 * (A module of its own: the editor's client components need it without the aligner.)
 */
export const TITLE_SEGMENT = '#title';
