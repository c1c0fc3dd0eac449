import { z } from 'zod';
import { readArticle, type PageMeta } from './article';
import { guessKind, guessRegion } from './classify';
import { clean } from './clean';
import { detectNaiveConversion } from './converted';
import { findDate, type FoundDate } from './dates';
import { decodeBytes } from './decode';
import { ImportError } from './errors';
import { DEFAULT_MAX_BYTES } from './limits';
import { readHeader } from './header';
import { declaredCharset, htmlToText, looksLikeHtml } from './html';
import { findIssuer } from './issuer';
import { positionIndex } from './positions';
import { detectScript } from './script';
import { selectBlocks } from './select';
import { structure } from './structure';
import { trackedLines, trackIdentity, type TrackedText } from './tracked-text';
import type { DamageSpot, ImportOptions, ImportResult, ImportStage } from './types';

export { buildDraft, draftContent, draftToYaml, type DraftMeta } from './draft';
export { ImportError, isImportError, type ImportErrorCode } from './errors';
export { resolveDamage, type DamageResolution } from './repairs';
export { formatReport } from './report';
export { sourceText, toSourceScript } from './source-script';
export type * from './types';

export { DEFAULT_MAX_BYTES } from './limits';
const CONTEXT = 12;
// The opening paragraphs that name the kind, the issuer and the region.
const OPENING = 3;

const optionsSchema = z.object({
  format: z.enum(['auto', 'text', 'html']).default('auto'),
  maxBytes: z.number().int().positive().default(DEFAULT_MAX_BYTES),
  onProgress: z.custom<(stage: ImportStage) => void>((value) => typeof value === 'function').optional(),
});

/** The line holding text index `index` (lines sorted by start). */
function lineAt(lines: readonly { start: number }[], index: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= index) low = mid;
    else high = mid - 1;
  }
  return low;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const ORIGINAL_TITLE = /^[\s(（【[]*(?:原標題|原标题|原題|原题)\s*[：:︰]\s*(.+?)[\s)）】\]]*$/u;

/** The headline a repost's removed "原标题：…" line gives, if any. */
function originalTitleOf(removed: readonly { rule: string; text: string }[]): string | undefined {
  const line = removed.find((b) => b.rule === 'original-title');
  return line ? ORIGINAL_TITLE.exec(line.text)?.[1] : undefined;
}

/** Index of the first unit whose origin is at or after `offset` (origins never decrease). */
function firstAtOrAfter(text: TrackedText, offset: number): number {
  let low = 0;
  let high = text.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (text.origin[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Turns a scraped press release (text or HTML bytes) into cleaned, structured Chinese text, its
 * metadata and a report of everything it changed or found. Throws ImportError for input it cannot
 * take; never anything else.
 */
export function importDocument(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success)
    throw new ImportError(
      'INVALID_OPTIONS',
      'the import options are not valid',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  try {
    return run(bytes, parsed.data);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('INTERNAL', `the importer failed on this input: ${(error as Error)?.message ?? error}`);
  }
}

function run(bytes: Uint8Array, options: z.infer<typeof optionsSchema>): ImportResult {
  const progress = options.onProgress ?? (() => {});
  if (bytes.length > options.maxBytes) throw new ImportError('TOO_LARGE', `the file has ${bytes.length} bytes, over the limit of ${options.maxBytes}`);

  progress('decode');
  const { format } = options;
  const decoded = decodeBytes(bytes, format === 'text' ? undefined : declaredCharset(bytes));
  const isHtml = format === 'html' || (format === 'auto' && looksLikeHtml(decoded.text));
  let source = trackIdentity(decoded.text);
  let page: PageMeta | undefined;
  let pageHeader = '';
  if (isHtml) {
    progress('html');
    const article = readArticle(decoded.text);
    const selected = selectBlocks(htmlToText(decoded.text).text, article.blocks);
    [source, page, pageHeader] = [selected.text, article.meta, selected.before];
  }
  const cleaned = clean(source, { boilerplate: true, onStage: progress });

  const lines = trackedLines(cleaned.text).filter((l) => l.text);
  if (!lines.length) throw new ImportError('EMPTY', 'no text is left in the file after cleaning');
  if (!/\p{Script=Han}/u.test(cleaned.text.text)) throw new ImportError('NOT_CHINESE', 'the file holds no Chinese text');

  progress('structure');
  const header = readHeader(
    lines.map((l) => l.text),
    page?.title,
  );
  const body = lines.slice(header.titleLines).map((l) => l.text);
  const { segments, speakers, labels } = structure(body, { front: header.front, introduction: header.title });

  const at = positionIndex(decoded.text);
  const final = cleaned.text;
  // The part holding a spot at `column` of paragraph `paragraph`: damage holds no 。 or ：, where
  // paragraphs are split, so it lies whole in one segment or label.
  const segmentsOf = groupBy(segments, (s) => s.paragraph);
  const labelsOf = groupBy(labels, (l) => l.paragraph);
  const holder = (paragraph: number, column: number): DamageSpot['where'] => {
    const segment = segmentsOf.get(paragraph)?.find((s) => s.from <= column && column < s.to);
    if (segment) return { segment: segment.id };
    const label = labelsOf.get(paragraph)?.find((l) => l.from <= column && column < l.to);
    if (label) return { speaker: label.speaker };
    throw new ImportError('INTERNAL', `damaged text at column ${column + 1} of paragraph ${paragraph + 1} is in no segment`);
  };
  const damage: DamageSpot[] = [];
  let withoutDamage = '';
  let kept = 0;
  for (const spot of cleaned.damage) {
    const index = firstAtOrAfter(final, spot.at);
    if (final.origin[index] !== spot.at || !final.text.startsWith(spot.text, index)) continue; // removed with its line
    withoutDamage += final.text.slice(kept, index);
    kept = index + spot.text.length;
    const lineIndex = lineAt(lines, index);
    const line = lines[lineIndex];
    damage.push({
      ...at(spot.at),
      text: spot.text,
      before: final.text.slice(Math.max(line.start, index - CONTEXT), index),
      after: final.text.slice(index + spot.text.length, Math.min(line.end, index + spot.text.length + CONTEXT)),
      where: lineIndex < header.titleLines ? { title: true } : holder(lineIndex - header.titleLines, index - line.start),
    });
  }
  withoutDamage += final.text.slice(kept);

  const scraped = detectScript(withoutDamage);
  const conversion = scraped.sourceScript === 'hant' ? detectNaiveConversion(withoutDamage) : null;
  const script = conversion ? { ...scraped, sourceScript: 'hans' as const, conversion } : scraped;

  const front = segments.filter((s) => s.kind === 'subtitle' || s.kind === 'byline').map((s) => s.zh);
  const opening = body.slice(header.front.length, header.front.length + OPENING);
  const removed = cleaned.boilerplate.map((b) => b.text);
  // A repost's "原标题：" line names the issuer's own headline: the title, and a place the issuer is named.
  const originalTitle = originalTitleOf(cleaned.boilerplate);
  const title = originalTitle ?? header.title;
  const dateFrom = (from: NonNullable<ImportResult['dateFound']>['from'], found: FoundDate | undefined) =>
    found && { date: found.iso, dateFound: { text: found.text, calendar: found.calendar, from } };
  const dated =
    dateFrom('page', findDate([page?.published ?? '', pageHeader])) ??
    dateFrom('header', findDate([...(header.title && !page ? [header.title] : []), ...front, ...removed])) ??
    dateFrom('text', findDate(opening.slice(0, 1)));
  const issuer = findIssuer({
    bylines: segments.filter((s) => s.kind === 'byline').map((s) => s.zh),
    metaIssuer: page?.issuer,
    headerTexts: [pageHeader, ...removed],
    leadTexts: [title ?? '', ...opening],
    siteName: page?.siteName,
  });
  const context = [title ?? '', ...front, ...opening].join('\n');
  const { text: _text, ...encoding } = decoded;
  return {
    bytes: bytes.length,
    encoding,
    format: isHtml ? 'html' : 'text',
    script,
    cleaning: {
      invisible: cleaned.invisible,
      annotations: cleaned.annotations.map((c) => ({ ...at(c.at), removed: c.before })),
      punctuation: cleaned.punctuation.map((c) => ({ ...at(c.at), before: c.before, after: c.after })),
      boilerplate: cleaned.boilerplate.map((b) => ({ ...at(b.at), rule: b.rule, text: b.text })),
    },
    damage,
    title,
    issuer,
    ...dated,
    kind: guessKind(
      title,
      opening.join('\n'),
      segments.some((s) => s.kind === 'question'),
    ),
    region: guessRegion(context, { mainlandScript: script.sourceScript === 'hans', rocDate: dated?.dateFound.calendar === 'roc' }),
    ...(page ? { page } : {}),
    paragraphs: body.length,
    segments: segments.map(({ from: _from, to: _to, ...segment }) => segment),
    speakers: speakers.map(({ from: _from, to: _to, ...speaker }) => speaker),
  };
}
