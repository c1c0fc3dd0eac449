import type { Region, ReleaseKind, SegmentKind, SourceScript } from '@/lib/core/text';
import type { TranslationStatus } from '@/lib/content/schema';

export type Bilingual = { zh: string; en: string };

export type ReleaseSummary = {
  slug: string;
  date: string;
  sourceScript: SourceScript;
  region?: Region | null;
  kind?: ReleaseKind | null;
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
  /** Duizhao's English ('' while untranslated). */
  en: string;
  /** Where Duizhao's English stands; reviewed when not given. */
  status?: TranslationStatus;
  figureIssues: string[];
};

/** The English the issuing government published, with its reviewed links to the segments. */
export type OfficialEnglish = {
  publisher: Bilingual;
  url: string;
  title: string | null;
  paragraphs: string[];
  links: { zh: string[]; en: number[] }[];
};

/** A release as stored: Chinese in its source script. */
export type ReleaseRecord = ReleaseSummary & {
  /** Changes whenever the release's content does (its content hash): a cache key. */
  version: string;
  sourceUrl: string | null;
  /** Where the Chinese was taken from. */
  provenance?: string | null;
  editorialNote: string;
  /** Who wrote and reviewed Duizhao's translation. */
  translation?: { by: string; reviewedBy: string[] } | null;
  official?: OfficialEnglish | null;
  speakers: Record<string, SpeakerRecord>;
  repairs: { segment: string | null; speaker: string | null; damaged: string; restored: string; reason: string }[];
  segments: SegmentRecord[];
};
