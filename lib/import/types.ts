import type { Region, ReleaseKind } from '../core/text';
import type { PageMeta } from './article';
import type { Guess } from './classify';
import type { CleanStage } from './clean';
import type { NaiveConversion } from './converted';
import type { FoundDate } from './dates';
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
  /** The damaged span, exactly as it stands in the decoded text and in the result's segments. */
  text: string;
  /** Up to 12 characters of cleaned text on either side, on the same paragraph. */
  before: string;
  after: string;
  /** The segment, speaker label or title holding the spot. */
  where: { segment: string } | { speaker: string } | { title: true };
}>;

export type ImportSegment = Omit<StructuredSegment, 'from' | 'to'>;
export type ImportSpeaker = Omit<StructuredSpeaker, 'from' | 'to'>;

export type ImportResult = {
  bytes: number;
  encoding: Omit<Decoded, 'text'>;
  format: 'text' | 'html';
  /** The script as scraped; sourceScript is the original's (hans for a naively converted copy, see conversion). */
  script: ScriptReport & { conversion?: NaiveConversion };
  cleaning: {
    invisible: number;
    annotations: Located<{ removed: string }>[];
    punctuation: Located<{ before: string; after: string }>[];
    boilerplate: Located<{ rule: string; text: string }>[];
  };
  damage: DamageSpot[];
  title?: string;
  issuer?: string;
  /** The release date as ISO YYYY-MM-DD, and the text it was read from. */
  date?: string;
  dateFound?: Pick<FoundDate, 'text' | 'calendar'> & { from: 'page' | 'header' | 'text' };
  /** Guesses from the wording, script and calendar, each with its evidence: for the editor to confirm. */
  kind?: Guess<ReleaseKind>;
  region?: Guess<Region>;
  /** What an HTML page says about itself (<title>, meta tags, its date element). */
  page?: PageMeta;
  paragraphs: number;
  /** In the scraped script; the draft converts them to sourceScript. */
  segments: ImportSegment[];
  speakers: ImportSpeaker[];
};
