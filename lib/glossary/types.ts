import type { NoteView } from '@/lib/notes/view';
import type { Rendering } from './curated';

// What the glossary pages, its API and the term cards show.

export type GlossaryItem = {
  key: string;
  /** The term in the asked script: the curated form, else the key converted. */
  term: string;
  /** Every form in the asked script: curated, typed in notes, the key's own conversion. */
  forms: string[];
  curated: boolean;
  /** The curated reading, else the key read in context by pinyin-pro and the policy readings. */
  pinyin: string;
  renderings: Rendering[];
  /** English that readers gave in the notes the viewer can see. */
  noteEnglish: string[];
  noteCount: number;
  occurrences: { total: number; releases: { slug: string; count: number }[] };
};

export type ConcordanceLine = {
  slug: string;
  releaseTitle: { zh: string; en: string };
  segmentId: string;
  /** The sentence holding the term, in the asked script. */
  sentence: string;
  /** Its English: the sentence holding the term's rendering (trimmed around it when long), else the paragraph. */
  en: string;
};

export type GlossaryEntry = GlossaryItem & {
  literal: string | null;
  explanation: string | null;
  notes: NoteView[];
  concordance: ConcordanceLine[];
};
