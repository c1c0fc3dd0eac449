import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { SCRIPTS, WORDINGS } from '@/lib/core/text';
import { creditsSchema, MAX_ENGLISH_HTML, officialInputSchema, proposalPatchSchema, publishSchema, segmentPatchSchema, segmentsPatchSchema } from '@/lib/english/schema';
import { curatedPatchSchema } from '@/lib/glossary/curated';
import { unicodeString } from '@/lib/core/zod-text';
import { draftPatchSchema } from '@/lib/drafts/patch';
import { contract } from '@/lib/http/contract';
import { DEFAULT_MAX_BYTES } from '@/lib/import/limits';
import { noteInputSchema, notePatchSchema } from '@/lib/notes/schema';
import { searchParamsSchema } from '@/lib/search/params';
import { VOCABULARY_FILTERS } from '@/lib/study/vocabulary';

// Every operation of /api/v1: the route handlers are built from these and the OpenAPI document
// (/api/v1/openapi.json) is generated from them.

const script = z.enum(SCRIPTS).describe('hans (Simplified), hant (Traditional), tw (Taiwan), hk (Hong Kong)');
const slug = z.string().min(1).max(200).describe("a release's slug");
const term = z.string().trim().min(1).max(100).describe('a term in any script, or its Simplified key');
const noteId = z.string().min(1).max(100);

/** The script and wording of a release view; Taiwan wording only with the Taiwan script. */
const viewQuery = z
  .object({ script: script.optional(), wording: z.enum(WORDINGS).default('standard') })
  .refine((q) => q.wording !== 'tw' || q.script === 'tw', { path: ['wording'], message: 'wording=tw needs script=tw' });

export const releasesList = contract({
  method: 'GET',
  path: '/api/v1/releases',
  summary: 'The library: every release, newest first',
  access: 'public',
  success: { status: 200, description: '{ releases: [{ slug, date, sourceScript, issuer, title }] }' },
});

export const releaseGet = contract({
  method: 'GET',
  path: '/api/v1/releases/{slug}',
  summary: "A release's segments in a script, with its glossary terms marked",
  access: 'public',
  params: z.object({ slug }),
  query: z
    .object({ script: script.optional(), wording: z.enum(WORDINGS).default('standard'), pinyin: z.stringbool().default(false) })
    .refine((q) => q.wording !== 'tw' || q.script === 'tw', { path: ['wording'], message: 'wording=tw needs script=tw' }),
  success: {
    status: 200,
    description:
      '{ slug, date, issuer, title, script, wording, sourceScript, sourceUrl, region, kind, translation: { by, reviewedBy } | null, official: { publisher, url, title, paragraphs, links: [{ zh, en }], gaps: { omitted, added, beyond, figures } } | null, segments: [{ id, kind, level?, speaker, zh, en, status, terms, englishTerms, pinyin?, substitutions?, figureIssues? }] }',
  },
  errors: { 404: 'no release with this slug' },
});

const segmentId = z.string().min(1).max(100).describe("a segment's id (its permalink #p-{id})");
const editorWrite = { 401: 'not signed in', 403: 'not an editor, or a write from another site', 404: 'no release with this slug', 415: 'body not JSON' } as const;
const linkShape = 'links: [{ zh: [segment ids], zhText, en: [paragraph indexes, 0-based], enText, kind: "1-1" | "1-2" | "2-1" | "1-0" | "0-1" | …, confidence: number | null }]';
const gapsShape =
  'gaps: { omitted: [segment ids], added: [paragraph indexes], beyond: [segment ids after the end of the copy held], figures: [{ link, zh, en, issues: [{ kind, figure, english?, message }] }] }';

export const englishGet = contract({
  method: 'GET',
  path: '/api/v1/releases/{slug}/english',
  summary: "A release's two English tracks: the official English with its links and gaps, and Duizhao's translation segment by segment with its status and credits",
  access: 'public',
  params: z.object({ slug }),
  success: {
    status: 200,
    description: `{ slug, version, sourceScript, title, official: { publisher: { zh, en }, url, title, paragraphs, ${linkShape}, ${gapsShape} } | null, duizhao: { credits: { by, reviewedBy } | null, counts: { untranslated, draft, reviewed }, segments: [{ id, kind, zh, en, status, figureIssues, officialParagraphs }] } }`,
  },
  errors: { 404: 'no release with this slug' },
});

export const englishCreditsPatch = contract({
  method: 'PATCH',
  path: '/api/v1/releases/{slug}/english',
  summary: "An editor's change to the translation's credits (Duizhao translation by …, reviewed by …); a revision keeps the version it replaces",
  access: 'editor',
  params: z.object({ slug }),
  body: creditsSchema,
  success: { status: 200, description: '{ version, translation }' },
  errors: { ...editorWrite, 409: 'the release changed since `version`' },
});

export const officialGet = contract({
  method: 'GET',
  path: '/api/v1/releases/{slug}/english/official',
  summary: "The release's published official English with its links and gaps; for an editor, also the proposal under review",
  access: 'public',
  params: z.object({ slug }),
  success: {
    status: 200,
    description: `{ slug, version, published: { publisher, url, title, paragraphs, ${linkShape}, ${gapsShape} } | null, proposal?: { revision, publisher, url, paragraphs (headline first), links (each with accepted; the headline is segment "#title"), gaps, accepted, stale, editor, updatedAt } | null }`,
  },
  errors: { 404: 'no release with this slug' },
});

export const officialAlign = contract({
  method: 'POST',
  path: '/api/v1/releases/{slug}/english/official',
  summary:
    "Aligns an official English version (text one paragraph a line, or an HTML page) to the release's headline and segments, and keeps the proposal for review (replacing any earlier one); nothing is published",
  access: 'editor',
  params: z.object({ slug }),
  body: officialInputSchema,
  maxBody: MAX_ENGLISH_HTML + 64 * 1024,
  success: { status: 201, description: 'the proposal: { revision, publisher, url, paragraphs, links, gaps, accepted, stale, editor, updatedAt }' },
  errors: { ...editorWrite, 413: 'body over 2 MB' },
});

export const officialPatch = contract({
  method: 'PATCH',
  path: '/api/v1/releases/{slug}/english/official',
  summary:
    "Link edits on the proposal, applied in order, all or none: accept, acceptAll, move (a side's first item to the previous link, its last to the next), merge (with the next link), split",
  access: 'editor',
  params: z.object({ slug }),
  body: proposalPatchSchema,
  success: { status: 200, description: 'the proposal, with focus: the index of the link the edit leaves the editor on' },
  errors: {
    ...editorWrite,
    404: 'no release with this slug, or no proposal',
    409: "the proposal changed since `revision`, or the release's segments changed since it was aligned",
  },
});

export const officialPublish = contract({
  method: 'POST',
  path: '/api/v1/releases/{slug}/english/official/publish',
  summary: "Publishes the reviewed proposal as the release's official English (english.official in its content); every link must be accepted",
  access: 'editor',
  params: z.object({ slug }),
  body: publishSchema,
  success: { status: 200, description: `{ version, revisionId, official: { publisher, url, title, paragraphs, ${linkShape}, gaps } }` },
  errors: { ...editorWrite, 404: 'no release with this slug, or no proposal', 409: 'a link is not accepted, or the release changed since `version`' },
});

export const segmentPatch = contract({
  method: 'PATCH',
  path: '/api/v1/releases/{slug}/segments/{id}',
  summary: "An editor's change to Duizhao's English of one segment and/or its status (untranslated, draft, reviewed); a revision keeps the version it replaces",
  access: 'editor',
  params: z.object({ slug, id: segmentId }),
  body: segmentPatchSchema,
  success: { status: 200, description: '{ version, segment: { id, en, status, figureIssues } }' },
  errors: { ...editorWrite, 404: 'no release with this slug, or no such segment', 409: 'the release changed since `version`' },
});

export const segmentsPatch = contract({
  method: 'PATCH',
  path: '/api/v1/releases/{slug}/segments',
  summary: "Changes to several segments' English and status in one revision",
  access: 'editor',
  params: z.object({ slug }),
  body: segmentsPatchSchema,
  success: { status: 200, description: '{ version, segments: [{ id, en, status, figureIssues }] }' },
  errors: { ...editorWrite, 404: 'no release with this slug, or no such segment', 409: 'the release changed since `version`' },
});

export const meGet = contract({
  method: 'GET',
  path: '/api/v1/me',
  summary: 'Who is signed in (null when nobody is)',
  access: 'public',
  success: { status: 200, description: '{ viewer: { id, name, role } | null }' },
});

export const myMarks = contract({
  method: 'GET',
  path: '/api/v1/me/marks',
  summary: "Where the signed-in reader's private notes' terms occur in a release view: the overlay on the public page",
  access: 'reader',
  query: z.object({ release: slug }).and(viewQuery),
  success: { status: 200, description: '{ marks: [{ segment, start, end, key }] } (UTF-16 offsets in the segment as the view shows it)' },
  errors: { 401: 'not signed in', 404: 'no release with this slug' },
});

export const meDelete = contract({
  method: 'DELETE',
  path: '/api/v1/me',
  summary: "Deletes the signed-in reader's account and every note they wrote, shared ones too; confirmed with their password",
  access: 'reader',
  body: z.object({ password: z.string().min(1).max(128) }),
  success: { status: 204, description: 'deleted' },
  errors: { 401: 'not signed in', 403: 'a wrong password, a write from another site, or an API token (only a browser session may delete an account)' },
});

export const tokensList = contract({
  method: 'GET',
  path: '/api/v1/me/tokens',
  summary: "The reader's personal API tokens (never the tokens themselves)",
  access: 'reader',
  success: { status: 200, description: '{ tokens: [{ id, name, prefix, createdAt, lastUsedAt }] }' },
  errors: { 401: 'not signed in' },
});

export const tokenCreate = contract({
  method: 'POST',
  path: '/api/v1/me/tokens',
  summary: 'A new personal API token, for scripts: send it as `Authorization: Bearer <token>`. It is shown in this answer only',
  access: 'reader',
  body: z.object({ name: unicodeString().trim().min(1).max(60) }),
  success: { status: 201, description: '{ token, id, name, prefix, createdAt, lastUsedAt }' },
  errors: { 401: 'not signed in', 403: 'a write from another site, or an API token (tokens are made in a browser session)' },
});

export const tokenRevoke = contract({
  method: 'DELETE',
  path: '/api/v1/me/tokens/{id}',
  summary: 'Revokes one of the reader’s tokens at once',
  access: 'reader',
  params: z.object({ id: z.string().min(1).max(100) }),
  success: { status: 204, description: 'revoked' },
  errors: { 401: 'not signed in', 404: 'no such token of this reader' },
});

export const dictionaryGet = contract({
  method: 'GET',
  path: '/api/v1/dictionary',
  summary: "Dictionary entries for a word in any script: the curated glossary and the viewer's own notes, then CC-CEDICT",
  access: 'public',
  query: z.object({
    q: z.string().trim().min(1).max(30),
    script: script.default('hans'),
    match: z.enum(['exact', 'prefixes']).default('exact'),
  }),
  success: {
    status: 200,
    description:
      '{ q, script, match, entries: [{ source, word, traditional, simplified, pinyin, definitions, note?, noteId? }], attribution } (CC-CEDICT definitions with measure words and cross-references in the script, with tone marks: "measure word: 个 gè")',
  },
});

export const exportGet = contract({
  method: 'GET',
  path: '/api/v1/export/{format}',
  summary: "A release's vocabulary, or the viewer's own glossary, as an Anki TSV, CSV or Markdown file",
  access: 'public',
  params: z.object({ format: z.enum(['anki', 'csv', 'md']) }),
  query: z
    .object({
      scope: z.enum(['release', 'mine']).default('release'),
      release: slug.optional(),
      script: script.default('hans'),
      show: z.enum(VOCABULARY_FILTERS).default('all'),
      minor: z.enum(['0', '1']).default('0').describe('1: also numbers, the units of dates and counts (年, 月, 日, 个 after a number) and lone function characters'),
      locale: z.enum(routing.locales).default('en').describe('the site locale the citation links open in'),
    })
    .refine((q) => q.scope !== 'release' || q.release, { path: ['release'], message: 'scope=release needs release=<slug>' }),
  success: { status: 200, description: 'the file, as an attachment', content: 'text' },
  errors: { 401: 'scope=mine when not signed in', 404: 'no release with this slug' },
});

export const searchGet = contract({
  method: 'GET',
  path: '/api/v1/search',
  summary:
    "Search every release's segments: Chinese in any script finds every script (專精特新 and 专精特新 alike), English words find the English (as word starts, plurals aside), pinyin finds the glossary terms it reads as; filtered by issuer (as stored, Chinese or English), region, kind and date range (both ends included); newest first, paged",
  access: 'public',
  query: searchParamsSchema,
  success: {
    status: 200,
    description:
      '{ total, page, pageSize, pages, terms: [{ key, pinyin }], hits: [{ slug, segmentId, position, segmentKind, date, issuer: { zh, en }, title: { zh, en }, kindOfRelease, region, sourceScript, zh, en, highlights: { zh: [[start, end]], en: [[start, end]] }, permalink }] }: zh in the asked script, highlights as UTF-16 offsets (end excluded), permalink the segment in the English reader, /en/releases/{slug}?script={script}#p-{segmentId}',
  },
});

export const glossaryList = contract({
  method: 'GET',
  path: '/api/v1/glossary',
  summary:
    'Curated terms and terms with notes the viewer can see; q searches Chinese in any script, pinyin and English (renderings, their notes, literal senses, explanations; plurals aside)',
  access: 'public',
  query: z.object({ script: script.default('hans'), q: z.string().trim().max(100).optional() }),
  success: { status: 200, description: '{ script, q, terms: [{ key, term, forms, curated, pinyin, renderings, noteEnglish, noteCount, occurrences }] }' },
});

export const glossaryGet = contract({
  method: 'GET',
  path: '/api/v1/glossary/{term}',
  summary: 'One term, named by its key or any script’s form: curated entry, notes, concordance',
  access: 'public',
  params: z.object({ term }),
  query: z.object({ script: script.default('hans') }),
  success: { status: 200, description: 'the entry' },
  errors: { 404: 'neither a curated entry nor a note the viewer can see' },
});

export const glossaryPatch = contract({
  method: 'PATCH',
  path: '/api/v1/glossary/{term}',
  summary: "An editor's change to a curated entry; the previous version is kept",
  access: 'editor',
  params: z.object({ term }),
  body: curatedPatchSchema,
  success: { status: 200, description: '{ entry }' },
  errors: { 401: 'not signed in', 403: 'not an editor, or a write from another site', 404: 'no curated entry', 413: 'body over 32 KB', 415: 'body not JSON' },
});

export const glossaryHistory = contract({
  method: 'GET',
  path: '/api/v1/glossary/{term}/history',
  summary: 'Earlier versions of a curated entry, newest first',
  access: 'public',
  params: z.object({ term }),
  success: { status: 200, description: '{ revisions: [{ id, editor, createdAt, fields }] }' },
  errors: { 404: 'no curated entry' },
});

export const notesList = contract({
  method: 'GET',
  path: '/api/v1/notes',
  summary: 'Notes the viewer can see: on a term (any script), on terms occurring in a release, or all',
  access: 'public',
  query: z.object({ term: term.optional(), release: slug.optional() }),
  success: { status: 200, description: '{ notes: [...] }' },
  errors: { 404: 'no release with this slug' },
});

const noteErrors = {
  401: 'not signed in',
  403: 'a write from another site, or not the author',
  413: 'body over 32 KB',
  415: 'body not JSON',
  429: 'over 30 note writes a minute',
} as const;

export const noteCreate = contract({
  method: 'POST',
  path: '/api/v1/notes',
  summary: 'A note on a term, private or shared',
  access: 'reader',
  body: noteInputSchema,
  success: { status: 201, description: '{ note }' },
  errors: noteErrors,
});

export const noteUpdate = contract({
  method: 'PATCH',
  path: '/api/v1/notes/{id}',
  summary: "The author's change to a note; the version it replaces is kept",
  access: 'reader',
  params: z.object({ id: noteId }),
  body: notePatchSchema,
  success: { status: 200, description: '{ note }' },
  errors: { ...noteErrors, 404: 'no such note the viewer can see' },
});

export const noteDelete = contract({
  method: 'DELETE',
  path: '/api/v1/notes/{id}',
  summary: "The author's deletion of a note, with its history",
  access: 'reader',
  params: z.object({ id: noteId }),
  success: { status: 204, description: 'deleted' },
  errors: { ...noteErrors, 404: 'no such note the viewer can see' },
});

export const noteHistory = contract({
  method: 'GET',
  path: '/api/v1/notes/{id}/history',
  summary: 'A note and its earlier versions, newest first (others see only versions that were shared)',
  access: 'public',
  params: z.object({ id: noteId }),
  success: { status: 200, description: '{ note, revisions }' },
  errors: { 404: 'no such note the viewer can see' },
});

export const releaseContentYaml = contract({
  method: 'GET',
  path: '/api/v1/releases/{slug}/content.yaml',
  summary: "A release as stored, in the content format's YAML: the reviewed form of one published in the app, to keep under content/releases/",
  access: 'editor',
  params: z.object({ slug }),
  success: { status: 200, description: 'the YAML file, as an attachment', content: 'text' },
  errors: { 401: 'not signed in', 403: 'not an editor', 404: 'no release with this slug' },
});

const importId = z.object({ id: z.string().min(1).max(100) });
const importErrors = {
  401: 'not signed in',
  403: 'not an editor, or a write from another site',
  404: "no such draft of the editor's (another editor's drafts are not found)",
} as const;

export const importsList = contract({
  method: 'GET',
  path: '/api/v1/imports',
  summary: "The editor's import drafts, last changed first",
  access: 'editor',
  success: {
    status: 200,
    description: '{ imports: [{ id, version, fileName, title, slug, sourceScript, segments, damage: { total, open }, createdAt, updatedAt, publishedAs }] }',
  },
  errors: { 401: 'not signed in', 403: 'not an editor' },
});

export const importCreate = contract({
  method: 'POST',
  path: '/api/v1/imports',
  summary: "Imports a scraped release (the file's bytes as the body: UTF-8, UTF-16, GB18030/GBK or Big5; text or HTML) as a new draft with the importer's report",
  access: 'editor',
  query: z.object({
    fileName: unicodeString().trim().min(1).max(255).optional().describe("the file's name: the draft's slug is made from it; .html reads as HTML"),
    sourceUrl: z
      .url({ protocol: /^https?$/ })
      .max(2_000)
      .optional()
      .describe('the web page the text was taken from'),
    format: z.enum(['auto', 'text', 'html']).default('auto').describe('auto: HTML when the body is text/html, the name ends .html or the text looks like HTML'),
  }),
  upload: {
    types: ['application/octet-stream', 'text/plain', 'text/html'],
    maxBytes: DEFAULT_MAX_BYTES,
    description: `the file as it is, at most ${DEFAULT_MAX_BYTES / (1024 * 1024)} MB; the importer detects the encoding`,
  },
  success: { status: 201, description: '{ import: { id, version, fileName, sourceUrl, createdAt, updatedAt, publishedAs, report, release, blockers } }' },
  errors: {
    ...importErrors,
    413: 'over 5 MB (refused as the bytes arrive)',
    415: 'a content-type other than these, or a file that is not text (error.reason BINARY, UNDECODABLE)',
  },
});

export const importGet = contract({
  method: 'GET',
  path: '/api/v1/imports/{id}',
  summary: "One of the editor's drafts: the release as edited, the importer's report (with each damaged spot's decision) and what still stops publishing",
  access: 'editor',
  params: importId,
  success: { status: 200, description: '{ import }' },
  errors: importErrors,
});

export const importUpdate = contract({
  method: 'PATCH',
  path: '/api/v1/imports/{id}',
  summary: 'Saves a change to a draft made on its current version: the whole release as edited and/or decisions on damaged spots',
  access: 'editor',
  params: importId,
  body: draftPatchSchema,
  // The whole draft travels: a 5 MB file's text, as UTF-8 JSON, with room to spare.
  maxBody: 16 * 1024 * 1024,
  success: { status: 200, description: '{ import } (at its new version)' },
  errors: {
    ...importErrors,
    409: 'the draft was saved since that version (error.reason version_conflict), is published, or a damaged text is gone (damage_gone)',
    413: 'body over 16 MB',
    415: 'body not JSON',
  },
});

export const importDiscard = contract({
  method: 'DELETE',
  path: '/api/v1/imports/{id}',
  summary: 'Discards a draft (a release published from it stays)',
  access: 'editor',
  params: importId,
  success: { status: 204, description: 'discarded' },
  errors: importErrors,
});

export const importPublish = contract({
  method: 'POST',
  path: '/api/v1/imports/{id}/publish',
  summary: 'Publishes a draft as a new release (origin browser, with a revision), or refuses with nothing written',
  access: 'editor',
  params: importId,
  body: z.object({ version: z.number().int().min(1).optional().describe('refuse unless the draft is still at this version') }),
  success: { status: 201, description: '{ release: { slug, version }, import }' },
  errors: {
    ...importErrors,
    409: 'damage neither repaired nor accepted (error.reason damage_unresolved), a slug another release has (slug_taken), a newer version (version_conflict), or published already',
    415: 'body not JSON',
  },
});

export const openapiGet = contract({
  method: 'GET',
  path: '/api/v1/openapi.json',
  summary: 'This document',
  access: 'public',
  success: { status: 200, description: 'OpenAPI 3.1' },
});
