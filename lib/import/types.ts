import type { CleanStage } from './clean';
import type { Decoded } from './decode';
import type { Position } from './positions';
import type { ScriptReport } from './script';
import type { StructuredSegment, StructuredSpeaker } from './structure';

export type ImportStage = 'decode' | 'html' | CleanStage | 'structure';
export type ImportOptions = {
  /** auto: HTML when the text looks like HTML. */
  format?: 'auto' | 'text' | 'html';
  maxBytes?: number;
  onProgress?: (stage: ImportStage) => void;
};

export type Located<T> = T & Position;
export type DamageSpot = Located<{
  /** The damaged span, exactly as it stands in the decoded text and in the draft. */
  text: string;
  /** Up to 12 characters of cleaned text on either side, on the same paragraph. */
  before: string;
  after: string;
  /** The draft segment, speaker label or title holding the spot. */
  where: { segment: string } | { speaker: string } | { title: true };
}>;

export type ImportResult = {
  bytes: number;
  encoding: Omit<Decoded, 'text'>;
  format: 'text' | 'html';
  script: ScriptReport;
  cleaning: {
    invisible: number;
    annotations: Located<{ removed: string }>[];
    punctuation: Located<{ before: string; after: string }>[];
    boilerplate: Located<{ rule: string; text: string }>[];
  };
  damage: DamageSpot[];
  title?: string;
  issuer?: string;
  date?: string;
  paragraphs: number;
  segments: StructuredSegment[];
  speakers: StructuredSpeaker[];
};
