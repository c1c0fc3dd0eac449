import 'server-only';
import { checkFigures } from '@/lib/content/figures';
import { statusOf, type TranslationStatus } from '@/lib/content/schema';
import { creditsSchema, segmentPatchSchema, segmentsPatchSchema } from '@/lib/english/schema';
import { DomainError, notFound, parseInput } from '@/lib/errors';
import { publishRelease } from '@/lib/server/releases/publish';
import { editableRelease, expectVersion, requireEditor, type EnglishEditor } from './release';

// Duizhao's own translation, segment by segment: each change is published through publishRelease
// (a revision naming the segments), on the version the editor loaded.

export type SegmentTranslation = { id: string; en: string; status: TranslationStatus; figureIssues: string[] };
type Change = { id: string; en?: string; status?: TranslationStatus };

const translationOf = (s: { id: string; zh: string; en: string; status?: TranslationStatus }): SegmentTranslation => ({
  id: s.id,
  en: s.en,
  status: statusOf(s),
  figureIssues: s.en ? checkFigures(s.zh, s.en).map((i) => i.message) : [],
});

/**
 * Changes the English and/or status of segments in one revision ("Translation of p-2 (draft),
 * p-3 (reviewed)"). A status not given stays as it was. A change that changes nothing publishes
 * nothing. Refused: an unknown segment (404), a version the release has left (409), a status its
 * English contradicts (400: draft and reviewed need English, untranslated has none).
 */
export async function updateTranslations(viewer: EnglishEditor, slug: string, body: unknown): Promise<{ version: string; segments: SegmentTranslation[] }> {
  requireEditor(viewer, "change Duizhao's translation");
  const input = parseInput(segmentsPatchSchema, body);
  const { release, version } = await editableRelease(slug);
  expectVersion(version, input.version);
  const changes = new Map<string, Change>();
  for (const change of input.segments) {
    if (changes.has(change.id)) throw new DomainError('bad_request', `segments: segment "${change.id}" is named twice`);
    if (!release.segments.some((s) => s.id === change.id)) throw notFound(`Release "${slug}" has no segment "${change.id}"`);
    changes.set(change.id, change);
  }
  const changed: string[] = [];
  const segments = release.segments.map((s) => {
    const change = changes.get(s.id);
    if (!change) return s;
    const next = { ...s, en: change.en ?? s.en, status: change.status ?? statusOf(s) };
    if (next.en !== s.en || next.status !== statusOf(s)) changed.push(`${s.id} (${next.status})`);
    return next;
  });
  const result = (v: string) => ({ version: v, segments: segments.filter((s) => changes.has(s.id)).map(translationOf) });
  if (!changed.length) return result(version);
  const published = await publishRelease({
    editorId: viewer.id,
    release: { ...release, segments },
    summary: `Translation of ${changed.join(', ')}`,
    expectedVersion: input.version,
  });
  return result(published.version);
}

/** One segment's change: the API's PATCH …/segments/{id}. */
export async function updateSegment(viewer: EnglishEditor, slug: string, id: string, body: unknown) {
  const input = parseInput(segmentPatchSchema, body);
  const { version, segments } = await updateTranslations(viewer, slug, { version: input.version, segments: [{ id, en: input.en, status: input.status }] });
  return { version, segment: segments[0] };
}

/** The translation's credit ("Duizhao translation by …, reviewed by …"), or none. */
export async function updateCredits(viewer: EnglishEditor, slug: string, body: unknown): Promise<{ version: string; translation: { by: string; reviewedBy: string[] } | null }> {
  requireEditor(viewer, "change the translation's credits");
  const input = parseInput(creditsSchema, body);
  const { release, version } = await editableRelease(slug);
  expectVersion(version, input.version);
  const { translation: _old, ...english } = release.english;
  const next = { ...release, english: input.translation ? { ...english, translation: input.translation } : english };
  if (JSON.stringify(release.english.translation ?? null) === JSON.stringify(input.translation)) return { version, translation: input.translation };
  const summary = input.translation
    ? `Translation credits: by ${input.translation.by}${input.translation.reviewedBy.length ? `, reviewed by ${input.translation.reviewedBy.join(', ')}` : ''}`
    : 'Translation credits removed';
  const published = await publishRelease({ editorId: viewer.id, release: next, summary, expectedVersion: input.version });
  return { version: published.version, translation: input.translation };
}
