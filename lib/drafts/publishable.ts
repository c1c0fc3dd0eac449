import { z } from 'zod';
import { publishedReleaseSchema } from '@/lib/content/schema';
import type { ImportReport, ReportSpot } from './report';
import type { DraftRelease } from './schema';

/** Why a draft cannot be published yet; the page words each in the editor's language. */
export const BLOCKER_REASONS = ['damage_unresolved', 'slug_invalid', 'date_invalid', 'url_invalid', 'missing_zh', 'missing_en', 'segment_empty', 'invalid'] as const;
export type BlockerReason = (typeof BLOCKER_REASONS)[number];

/** One thing that stops publishing: the field it is about (a path into the draft, or damage.N), why, and in English. */
export type Blocker = { field: string; reason: BlockerReason; message: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isDate = (value: string) => z.iso.date().safeParse(value).success;
// Web pages only: the reader links to it, and a javascript: or data: URL is no source.
const webUrl = z.url({ protocol: /^https?$/ });
const isUrl = (value: string) => webUrl.safeParse(value).success;
const blank = (value: string) => value.trim() === '';

const where = (spot: ReportSpot) => `line ${spot.line}, column ${spot.column}`;

/**
 * The accepted damage and the repaired title, told in the editorial note: the content format has a
 * repair record for segments and speakers only, and a reader of the YAML should know what was kept.
 */
function noteWithDamage(note: string, damage: readonly ReportSpot[]): string {
  const lines = damage.flatMap((spot) => {
    if (spot.resolution?.action === 'accepted') return [`- kept as it is: "${spot.text}" (${where(spot)}): ${spot.resolution.reason}`];
    if (spot.resolution?.action === 'repaired' && 'title' in spot.where) return [`- title: "${spot.text}" restored as "${spot.resolution.restored}": ${spot.resolution.reason}`];
    return [];
  });
  return lines.length ? `${note}\nEncoding damage reviewed in the import:\n${lines.join('\n')}`.trim() : note;
}

/** The release a draft publishes as, before validation: an empty source URL is none; the note tells the damage decisions. */
export function releaseOf(draft: DraftRelease, report: Pick<ImportReport, 'damage'>) {
  return {
    ...draft,
    sourceUrl: draft.sourceUrl?.trim() ? draft.sourceUrl.trim() : null,
    editorial: { ...draft.editorial, note: noteWithDamage(draft.editorial.note, report.damage) },
  };
}

/**
 * Everything that stops the draft from being published, in the order the page shows it: damage
 * nobody decided on, then each field an editor must fill or fix (each named by its path), then
 * whatever else the content schema refuses. Empty when publishRelease will take it (but for a
 * slug another release already has, which only the database knows).
 */
export function publishBlockers(draft: DraftRelease, report: Pick<ImportReport, 'damage'>): Blocker[] {
  const found: Blocker[] = [];
  const add = (field: string, reason: BlockerReason, message: string) => found.push({ field, reason, message: `${field}: ${message}` });
  report.damage.forEach((spot, i) => {
    if (!spot.resolution) add(`damage.${i}`, 'damage_unresolved', `the damaged text "${spot.text}" at ${where(spot)} is neither repaired nor accepted`);
  });
  if (!SLUG.test(draft.slug)) add('slug', 'slug_invalid', 'lowercase letters, digits and single hyphens');
  if (!isDate(draft.date)) add('date', 'date_invalid', 'a date as YYYY-MM-DD');
  if (draft.sourceUrl?.trim() && !isUrl(draft.sourceUrl.trim())) add('sourceUrl', 'url_invalid', 'a URL (https://…)');
  const pair = (path: string, value: { zh: string; en: string }, what: string) => {
    if (blank(value.zh)) add(`${path}.zh`, 'missing_zh', `${what} has no Chinese`);
    if (blank(value.en)) add(`${path}.en`, 'missing_en', `${what} has no English`);
  };
  pair('title', draft.title, 'the title');
  pair('issuer', draft.issuer, 'the issuer');
  Object.entries(draft.speakers).forEach(([key, speaker]) => pair(`speakers.${key}`, speaker, `speaker "${key}"`));
  draft.segments.forEach((s, i) => {
    if (blank(s.zh)) add(`segments.${i}.zh`, 'segment_empty', `segment "${s.id}" has no Chinese text: write it, or merge the segment away`);
  });
  if (found.length) return found;
  const parsed = publishedReleaseSchema.safeParse(releaseOf(draft, report));
  if (!parsed.success) for (const issue of parsed.error.issues) add(issue.path.join('.') || 'draft', 'invalid', issue.message);
  return found;
}
