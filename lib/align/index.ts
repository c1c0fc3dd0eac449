// The aligner: links a release's Chinese segments to the paragraphs of its official English.
// Pure: no Next, React or Prisma; safe for the CLI, the bench and server code alike.
export { alignRelease, DEFAULT_VARIANCE } from './align';
export { BOILERPLATE_TERMS, type AnchorKind, type GlossaryTerm } from './anchors';
export { EnglishInputError, readEnglish, readEnglishBytes, readEnglishHtml, readEnglishText, type EnglishParagraph } from './english-input';
export { alignmentProblems, applyEdit, applyEdits, linkEditSchema, LinkEditError, linkKind, splitPoint, type EditableLink, type LinkEdit } from './edit';
export { gaps, type Gaps, type LinkFigures } from './gaps';
// CC-CEDICT as the dictionary: lib/align/cedict-dictionary.ts (kept apart: it loads 16 MB).
export type { Dictionary } from './lexicon';
export { AlignInputError, LINK_KINDS, type AlignOptions, type Link, type LinkAnchor, type LinkKind, type ZhSegment } from './schema';
