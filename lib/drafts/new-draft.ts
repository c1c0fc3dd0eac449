import { DRAFT_PLACEHOLDER } from '@/lib/content/schema';
import { draftContent, sourceText, type ImportResult } from '@/lib/import';
import { slugFromFile } from '@/lib/import/slug';
import { importReport, type ImportReport } from './report';
import { draftReleaseSchema, type DraftRelease } from './schema';

export type DraftOrigin = { fileName: string | null; sourceUrl: string | null };

/** The importer's placeholder is an empty field in the browser: the page asks for what is missing. */
const unfilled = (value: string) => (value === DRAFT_PLACEHOLDER ? '' : value);

/**
 * A new draft from an import: the CLI's draft (damage left in place, for the editor to decide on),
 * a slug from the file's name as the CLI makes it, the date and source URL the importer found unless
 * given, and placeholders emptied. The damage's context is given in the draft's script, where the
 * editor reads it and where it is looked for when a spot is repaired.
 */
export function newDraft(result: ImportResult, origin: DraftOrigin): { draft: DraftRelease; report: ImportReport } {
  const date = result.date ?? '';
  const slug = (origin.fileName && slugFromFile(origin.fileName)) || ['import', date].filter(Boolean).join('-');
  const sourceUrl = origin.sourceUrl ?? result.page?.url ?? null;
  const content = draftContent(result, { slug, date, sourceUrl, sourceName: origin.fileName ?? 'pasted text' }, { repairs: [], accepted: [] });
  const draft = draftReleaseSchema.parse({
    ...content,
    title: { zh: unfilled(content.title.zh), en: unfilled(content.title.en) },
    issuer: { zh: unfilled(content.issuer.zh), en: unfilled(content.issuer.en) },
    speakers: Object.fromEntries(Object.entries(content.speakers ?? {}).map(([key, s]) => [key, { ...s, en: unfilled(s.en) }])),
  });
  return { draft, report: importReport(result, origin.fileName, sourceText(result)) };
}
