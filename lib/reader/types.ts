import type { SegmentKind, SourceScript } from '@/lib/core/text';

export type Bilingual = { zh: string; en: string };

export type ReleaseSummary = {
  slug: string;
  date: string;
  sourceScript: SourceScript;
  issuer: Bilingual;
  title: Bilingual;
};

export type SpeakerRecord = Bilingual & { role: Bilingual | null };

export type SegmentRecord = {
  id: string;
  kind: SegmentKind;
  /** Headings only. */
  level?: number;
  speaker: string | null;
  zh: string;
  en: string;
  figureIssues: string[];
};

/** A release as stored: Chinese in its source script. */
export type ReleaseRecord = ReleaseSummary & {
  /** Changes whenever the release's content does (its content hash): a cache key. */
  version: string;
  sourceUrl: string | null;
  editorialNote: string;
  speakers: Record<string, SpeakerRecord>;
  repairs: { segment: string | null; speaker: string | null; damaged: string; restored: string; reason: string }[];
  segments: SegmentRecord[];
};
