// The shared vocabulary of every layer: scripts, wording, segment kinds, Han characters. Pure data
// and types with no imports, so any module (client components included) can depend on it.

/** The scripts a release can be read in. */
export const SCRIPTS = ['hans', 'hant', 'tw', 'hk'] as const;
export type Script = (typeof SCRIPTS)[number];

/** A release's own text is stored in one of these; tw and hk are conversion targets only. */
export const SOURCE_SCRIPTS = ['hans', 'hant'] as const;
export type SourceScript = (typeof SOURCE_SCRIPTS)[number];

export const SCRIPT_LANG: Record<Script, string> = {
  hans: 'zh-Hans',
  hant: 'zh-Hant',
  tw: 'zh-TW',
  hk: 'zh-HK',
};

export function isScript(x: unknown): x is Script {
  return (SCRIPTS as readonly unknown[]).includes(x);
}

/** Standard wording, or Taiwan wording (a marked mode of the Taiwan script). */
export const WORDINGS = ['standard', 'tw'] as const;
export type Wording = (typeof WORDINGS)[number];

/** A word Taiwan wording replaced: `localized` stands at UTF-16 `offset` of the shown text. */
export interface Substitution {
  /** The word in tw characters, as the standard-wording text has it. */
  original: string;
  /** The Taiwan phrase that replaces it. */
  localized: string;
  offset: number;
}

/**
 * What a segment is. subtitle: a line under the title (——2026年1月27日在…); byline: who speaks or
 * signs (省长 周乃翔); heading: a part or sub-part title (its level says which); point: a numbered
 * point of an answer or a statement (一是…); item: a list item; note: a glossary note or footnote.
 */
export const SEGMENT_KINDS = ['subtitle', 'byline', 'lead', 'heading', 'paragraph', 'question', 'answer', 'point', 'item', 'note'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

const HAN = /^\p{Script=Han}$/u;

/** One code point (a surrogate pair counts as one) of the Han script. */
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);

/** Where a release's issuer governs: the library filters by it. */
export const REGIONS = ['mainland', 'hongkong', 'macau', 'taiwan'] as const;
export type Region = (typeof REGIONS)[number];

/** What kind of document a release is. */
export const RELEASE_KINDS = ['press-conference', 'interview', 'news-release', 'statement', 'speech', 'work-report', 'policy-document'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

/** Whether a string holds half a surrogate pair: not text, and a database stores it as U+FFFD. */
export const hasLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
