import { clean } from './clean';
import { decodeBytes } from './decode';
import { ImportError } from './errors';
import { declaredCharset, htmlToText, looksLikeHtml } from './html';
import { findDate, findIssuer, splitTitle } from './metadata';
import { positionIndex } from './positions';
import { detectScript } from './script';
import { structure } from './structure';
import { trackedLines, trackIdentity, type TrackedText } from './tracked-text';
import type { DamageSpot, ImportOptions, ImportResult } from './types';

export { buildDraft, draftToYaml, type DraftMeta } from './draft';
export { ImportError, isImportError, type ImportErrorCode } from './errors';
export { resolveDamage, type DamageResolution } from './repairs';
export { formatReport } from './report';
export type * from './types';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const CONTEXT = 12;

/** The line holding text index `index` (lines sorted by start). */
function lineAt(lines: readonly { start: number; end: number }[], index: number): number {
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
 * Turns a scraped press release (text or HTML bytes) into cleaned, structured Chinese text and a
 * report of everything it changed or found. Throws ImportError for input it cannot take; never
 * anything else.
 */
export function importDocument(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  try {
    return run(bytes, options);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('INTERNAL', `the importer failed on this input: ${(error as Error)?.message ?? error}`);
  }
}

function run(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const progress = options.onProgress ?? (() => {});
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes)
    throw new ImportError('TOO_LARGE', `the file has ${bytes.length} bytes, over the limit of ${maxBytes}`);

  progress('decode');
  const format = options.format ?? 'auto';
  const decoded = decodeBytes(bytes, format === 'text' ? undefined : declaredCharset(bytes));
  const isHtml = format === 'html' || (format === 'auto' && looksLikeHtml(decoded.text));
  progress('html');
  const html = isHtml ? htmlToText(decoded.text) : undefined;
  const cleaned = clean(html?.text ?? trackIdentity(decoded.text), { boilerplate: true, onStage: progress });

  const lines = trackedLines(cleaned.text).filter((l) => l.text);
  if (!lines.length) throw new ImportError('EMPTY', 'no text is left in the file after cleaning');
  if (!/\p{Script=Han}/u.test(cleaned.text.text)) throw new ImportError('NOT_CHINESE', 'the file holds no Chinese text');

  progress('structure');
  const h1 = html?.h1;
  const h1Paragraph = h1 ? lines.findIndex((l) => cleaned.text.origin[l.start] >= h1.start && cleaned.text.origin[l.start] < h1.end) : -1;
  const { title, titleIndex } = splitTitle(
    lines.map((l) => l.text),
    { h1Paragraph: h1Paragraph === -1 ? undefined : h1Paragraph, htmlTitle: html?.title },
  );
  const bodyLines = lines.filter((_, i) => i !== titleIndex);
  const body = bodyLines.map((l) => l.text);
  const { segments, speakers } = structure(body);

  const at = positionIndex(decoded.text);
  const final = cleaned.text;
  const segmentsOf = groupBy(segments, (s) => s.paragraph);
  const speakersOf = groupBy(speakers, (s) => s.paragraph);
  // Damage holds no 。 or ：, where paragraphs are split, so it lies whole in one segment or label.
  const holder = (paragraph: number, text: string): DamageSpot['where'] => {
    const segment = segmentsOf.get(paragraph)?.find((s) => s.zh.includes(text));
    if (segment) return { segment: segment.id };
    const speaker = speakersOf.get(paragraph)?.find((s) => s.zh.includes(text));
    if (speaker) return { speaker: speaker.key };
    throw new ImportError('INTERNAL', `damaged text "${text}" is in no segment of paragraph ${paragraph + 1}`);
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
      where: lineIndex === titleIndex ? { title: true } : holder(lineIndex - (titleIndex !== -1 && lineIndex > titleIndex ? 1 : 0), spot.text),
    });
  }
  withoutDamage += final.text.slice(kept);
  const { text: _text, ...encoding } = decoded;
  return {
    bytes: bytes.length,
    encoding,
    format: isHtml ? 'html' : 'text',
    script: detectScript(withoutDamage),
    cleaning: {
      invisible: cleaned.invisible,
      annotations: cleaned.annotations.map((c) => ({ ...at(c.at), removed: c.before })),
      punctuation: cleaned.punctuation.map((c) => ({ ...at(c.at), before: c.before, after: c.after })),
      boilerplate: cleaned.boilerplate.map((b) => ({ ...at(b.at), rule: b.rule, text: b.text })),
    },
    damage,
    title,
    issuer: findIssuer(body[0] ?? ''),
    date: findDate([...cleaned.boilerplate.map((b) => b.text), ...(title ? [title] : []), body[0] ?? '']),
    paragraphs: bodyLines.length,
    segments,
    speakers,
  };
}
