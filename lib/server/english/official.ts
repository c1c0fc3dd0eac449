import 'server-only';
import { z } from 'zod';
import {
  AlignInputError,
  alignmentProblems,
  alignRelease,
  applyEdits,
  EnglishInputError,
  gaps,
  LinkEditError,
  readEnglishHtml,
  readEnglishText,
  type EditableLink,
  type Gaps,
} from '@/lib/align';
import { cedictDictionary } from '@/lib/align/cedict-dictionary';
import { alignmentSegments, linkView, officialView, toOfficial, type AlignmentSegment, type LinkView, type OfficialView } from '@/lib/english/official';
import { MAX_PARAGRAPHS, officialInputSchema, proposalPatchSchema, publishSchema } from '@/lib/english/schema';
import { DomainError, notFound, parseInput } from '@/lib/errors';
import { renderingTexts } from '@/lib/glossary/curated';
import { db, write, type Tx } from '@/lib/server/db';
import { publishRelease } from '@/lib/server/releases/publish';
import { cachedRelease } from '@/lib/server/views/release-view';
import { editableRelease, requireEditor, type EnglishEditor } from './release';

// Aligning an official English version: the aligner's proposal is kept per release
// (EnglishAlignmentDraft) while an editor reviews it, changed only through the link edits of
// lib/align/edit.ts, and published into the release's content once every link is accepted.

export type ProposalLink = LinkView & { accepted: boolean };
export type ProposalView = {
  /** Counts the edits; an edit names the revision it was made on. */
  revision: number;
  publisher: { zh: string; en: string };
  url: string;
  /** The English as given, its headline first: what the links' `en` indexes. */
  paragraphs: string[];
  links: ProposalLink[];
  gaps: Gaps;
  accepted: number;
  /** The release's segments changed since it was aligned: its links no longer fit; align again. */
  stale: boolean;
  editor: string | null;
  updatedAt: string;
};
export type OfficialAlignment = { slug: string; version: string; published: OfficialView | null; proposal?: ProposalView | null };

const storedLinks = z.array(z.object({ zh: z.array(z.string()), en: z.array(z.number().int().min(0)), confidence: z.number().nullable(), accepted: z.boolean() }));
type DraftRow = { publisherZh: string; publisherEn: string; url: string; paragraphs: string; links: string; revision: number; updatedAt: Date; editor: { name: string } | null };
const draftSelect = {
  publisherZh: true,
  publisherEn: true,
  url: true,
  paragraphs: true,
  links: true,
  revision: true,
  updatedAt: true,
  editor: { select: { name: true } },
} as const;

const parseDraft = (row: DraftRow) => ({ paragraphs: z.array(z.string()).parse(JSON.parse(row.paragraphs)), links: storedLinks.parse(JSON.parse(row.links)) as EditableLink[] });
const problemsOf = (links: EditableLink[], segments: AlignmentSegment[], paragraphs: string[]) =>
  alignmentProblems(
    links,
    segments.map((s) => s.id),
    paragraphs.length,
  );

function proposalView(row: DraftRow, segments: AlignmentSegment[]): ProposalView {
  const { paragraphs, links } = parseDraft(row);
  const text = new Map(segments.map((s) => [s.id, s.zh]));
  return {
    revision: row.revision,
    publisher: { zh: row.publisherZh, en: row.publisherEn },
    url: row.url,
    paragraphs,
    links: links.map((l) => ({ ...linkView(l, text, paragraphs), accepted: l.accepted })),
    gaps: gaps(links, segments, paragraphs),
    accepted: links.filter((l) => l.accepted).length,
    stale: problemsOf(links, segments, paragraphs).length > 0,
    editor: row.editor?.name ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const draftOf = (slug: string, tx: Pick<Tx, 'englishAlignmentDraft'> = db) =>
  tx.englishAlignmentDraft.findFirst({ where: { release: { slug } }, select: { ...draftSelect, id: true } });
const noProposal = (slug: string) => notFound(`Release "${slug}" has no official English being aligned: align one first`);
const stale = () => new DomainError('conflict', "The release's segments changed since this English was aligned: align it again");

/**
 * The published official English of a release with its gaps, and for an editor the proposal
 * under review (null when there is none); null when there is no such release.
 */
export async function officialAlignment(slug: string, viewer: EnglishEditor | null): Promise<OfficialAlignment | null> {
  const record = await cachedRelease(slug);
  if (!record) return null;
  const result: OfficialAlignment = { slug, version: record.version, published: record.official ? officialView(record.official, record.segments) : null };
  if (viewer?.role !== 'editor') return result;
  const draft = await draftOf(slug);
  return { ...result, proposal: draft && proposalView(draft, alignmentSegments(record)) };
}

/** The curated glossary as the aligner's shared renderings: each entry's two scripts and its English. */
async function alignmentGlossary(): Promise<{ zh: string[]; en: string[] }[]> {
  const rows = await db.glossaryTerm.findMany({ select: { hant: true, hans: true, renderings: true } });
  return rows.map((r) => ({ zh: [...new Set([r.hant, r.hans])], en: renderingTexts(r.renderings) }));
}

function englishParagraphs(input: z.infer<typeof officialInputSchema>): string[] {
  const field = input.text !== undefined ? 'text' : 'html';
  let paragraphs;
  try {
    paragraphs = input.text !== undefined ? readEnglishText(input.text) : readEnglishHtml(input.html!);
  } catch (error) {
    if (error instanceof EnglishInputError) throw new DomainError('bad_request', `${field}: ${error.message}`);
    throw error;
  }
  if (!paragraphs.length) throw new DomainError('bad_request', `${field}: holds no English paragraph`);
  if (paragraphs.length > MAX_PARAGRAPHS) throw new DomainError('bad_request', `${field}: ${paragraphs.length} paragraphs, over the limit of ${MAX_PARAGRAPHS}`);
  return paragraphs.map((p) => p.text);
}

/**
 * Aligns an official English version (text one paragraph a line, or an HTML page) to the
 * release's headline and segments, with the curated glossary's renderings and CC-CEDICT, and keeps
 * the proposal for review, replacing any earlier one. Nothing is published.
 */
export async function proposeOfficial(viewer: EnglishEditor, slug: string, body: unknown): Promise<ProposalView> {
  requireEditor(viewer, 'align an official English version');
  const input = parseInput(officialInputSchema, body);
  const { release } = await editableRelease(slug);
  const paragraphs = englishParagraphs(input);
  const segments = alignmentSegments(release);
  let links: EditableLink[];
  try {
    links = alignRelease(segments, paragraphs, { glossary: await alignmentGlossary(), dictionary: cedictDictionary() }).map((l) => ({
      zh: l.zh,
      en: l.en,
      confidence: l.confidence,
      accepted: false,
    }));
  } catch (error) {
    if (error instanceof AlignInputError) throw new DomainError('bad_request', error.message);
    throw error;
  }
  const fields = {
    editorId: viewer.id,
    publisherZh: input.publisher.zh,
    publisherEn: input.publisher.en,
    url: input.url,
    paragraphs: JSON.stringify(paragraphs),
    links: JSON.stringify(links),
  };
  const row = await write(async (tx) => {
    const { id } = await tx.release.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    // A new proposal takes the next revision number, so an edit made on the old one is refused.
    return tx.englishAlignmentDraft.upsert({
      where: { releaseId: id },
      create: { releaseId: id, ...fields },
      update: { ...fields, revision: { increment: 1 } },
      select: draftSelect,
    });
  });
  return proposalView(row, segments);
}

/** Applies link edits to the proposal, all or none, on the revision the editor saw; returns it with the link to focus. */
export async function editProposal(viewer: EnglishEditor, slug: string, body: unknown): Promise<ProposalView & { focus: number }> {
  requireEditor(viewer, 'review an official English alignment');
  const input = parseInput(proposalPatchSchema, body);
  return write(async (tx) => {
    const { release } = await editableRelease(slug, tx);
    const draft = await draftOf(slug, tx);
    if (!draft) throw noProposal(slug);
    if (draft.revision !== input.revision) throw new DomainError('conflict', 'The alignment was changed by someone else since you opened it; reload to see the changes');
    const segments = alignmentSegments(release);
    const { paragraphs, links } = parseDraft(draft);
    if (problemsOf(links, segments, paragraphs).length) throw stale();
    let result;
    try {
      result = applyEdits(
        links,
        input.edits,
        segments.map((s) => s.id),
        paragraphs.length,
      );
    } catch (error) {
      if (error instanceof LinkEditError) throw new DomainError('bad_request', `edits: ${error.message}`);
      throw error;
    }
    const row = await tx.englishAlignmentDraft.update({
      where: { id: draft.id },
      data: { links: JSON.stringify(result.links), revision: { increment: 1 }, editorId: viewer.id },
      select: draftSelect,
    });
    return { ...proposalView(row, segments), focus: result.focus };
  });
}

/**
 * Publishes the reviewed proposal as the release's official English (english.official in its
 * content, through publishRelease, which keeps the version it replaces as a revision). Refused
 * while a link is not accepted, and when the release changed since the editor loaded it.
 */
export async function publishProposal(viewer: EnglishEditor, slug: string, body: unknown): Promise<{ version: string; revisionId: string | null; official: OfficialView }> {
  requireEditor(viewer, 'publish an official English version');
  const { version } = parseInput(publishSchema, body);
  const { release } = await editableRelease(slug);
  const draft = await draftOf(slug);
  if (!draft) throw noProposal(slug);
  const { paragraphs, links } = parseDraft(draft);
  if (problemsOf(links, alignmentSegments(release), paragraphs).length) throw stale();
  const waiting = links.filter((l) => !l.accepted).length;
  if (waiting) throw new DomainError('conflict', `${waiting} of ${links.length} links are not accepted yet: accept them, or accept all remaining, before publishing`);
  const official = toOfficial(links, paragraphs, { publisher: { zh: draft.publisherZh, en: draft.publisherEn }, url: draft.url });
  const published = await publishRelease({
    editorId: viewer.id,
    release: { ...release, english: { ...release.english, official } },
    summary: `Official English published: ${official.publisher.en}, ${official.paragraphs.length} paragraphs in ${official.links.length} links`,
    expectedVersion: version,
  });
  // Only the proposal that was published: one aligned again meanwhile stays for review.
  await db.englishAlignmentDraft.deleteMany({ where: { id: draft.id, revision: draft.revision } });
  return { version: published.version, revisionId: published.revisionId, official: officialView(official, release.segments) };
}
