import type { SegmentKind } from '../core/text';
import type { DamageSpot, ImportResult } from './types';

const METHOD: Record<ImportResult['encoding']['method'], string> = {
  bom: 'byte-order mark',
  'strict-utf8': 'valid UTF-8',
  declared: "the page's declared charset",
  scored: 'best-scoring candidate',
};
const KIND_NAMES: Record<SegmentKind, string> = {
  subtitle: 'subtitles',
  byline: 'bylines',
  lead: 'lead',
  heading: 'headings',
  paragraph: 'paragraphs',
  question: 'questions',
  answer: 'answers',
  point: 'points',
  item: 'list items',
  note: 'notes',
};

const describeWhere = ({ where }: DamageSpot) => ('segment' in where ? `segment ${where.segment}` : 'speaker' in where ? `speaker ${where.speaker}` : 'title');

/** One damaged spot on one line: where it is, its text, and its context with the spot in ⟦…⟧. */
export const describeSpot = (spot: DamageSpot): string =>
  `line ${spot.line}, column ${spot.column} (offset ${spot.offset}), ${describeWhere(spot)}: "${spot.text}" in …${spot.before}⟦${spot.text}⟧${spot.after}…`;

/** "1:12 2:30 …": how many changes each line of the decoded text had. */
function perLine(items: readonly { line: number }[]): string {
  const counts = new Map<number, number>();
  for (const { line } of items) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, n]) => `${line}:${n}`).join(' ');
}

function tally<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

/** The import report as the CLI prints it. */
export function formatReport(result: ImportResult, file: string): string {
  const { encoding, script, cleaning, damage } = result;
  const kinds = tally(result.segments, (s) => KIND_NAMES[s.kind]);
  const lines = [
    `Import report: ${file} (${result.bytes} bytes, ${result.format})`,
    `  encoding     ${encoding.encoding}, by ${METHOD[encoding.method]}, confidence ${encoding.confidence}` +
      (encoding.candidates.length ? ` [${encoding.candidates.map((c) => `${c.encoding} ${c.score}`).join(', ')}]` : ''),
    `  script       ${script.script}${script.script === 'hans' || script.script === 'hant' ? '' : ` (stored as ${script.sourceScript})`}:` +
      ` ${script.hant} Traditional-only and ${script.hans} Simplified-only characters`,
    ...(script.conversion
      ? [
          `  converted    from Simplified by a naive converter: ${script.conversion.naive.map((e) => `${e.word} (not ${e.standard}) ×${e.count}`).join(', ')}` +
            (script.conversion.mainland.length ? `; mainland wording ${script.conversion.mainland.map((e) => e.word).join(', ')}` : ''),
        ]
      : []),
    `  title        ${result.title ?? '(none found)'}`,
    `  issuer       ${result.issuer ?? '(none found)'}`,
    `  date         ${result.date ? `${result.date} (from "${result.dateFound?.text}" in the ${result.dateFound?.from})` : '(none found)'}`,
    `  kind         ${result.kind ? `${result.kind.value}, a guess: ${result.kind.evidence.join('; ')}` : '(none guessed)'}`,
    `  region       ${result.region ? `${result.region.value}, a guess: ${result.region.evidence.join(', ')}` : '(none guessed)'}`,
    ...(result.page?.url ? [`  source url   ${result.page.url}`] : []),
    `  structure    ${result.paragraphs} paragraphs → ${result.segments.length} segments (${kinds}), ${result.speakers.length} speakers` +
      (result.speakers.length ? `: ${result.speakers.map((s) => `${s.key} ${s.zh}`).join(', ')}` : ''),
    'Cleaning (positions as line:count in the decoded text)',
    `  annotations  ${cleaning.annotations.length} stripped` + (cleaning.annotations.length ? `; lines ${perLine(cleaning.annotations)}` : ''),
    `  punctuation  ${cleaning.punctuation.length} made full-width` +
      (cleaning.punctuation.length ? ` (${tally(cleaning.punctuation, (c) => `${c.before}→${c.after}`)}); lines ${perLine(cleaning.punctuation)}` : ''),
    `  boilerplate  ${cleaning.boilerplate.length} line(s) removed`,
    ...cleaning.boilerplate.map((b) => `    line ${b.line} (offset ${b.offset}) by ${b.rule}: ${b.text}`),
    ...(cleaning.invisible ? [`  invisible    ${cleaning.invisible} zero-width characters removed`] : []),
    `Damage: ${damage.length} spot(s) of encoding damage, kept verbatim`,
    ...damage.map((d) => `  ${describeSpot(d)}`),
  ];
  return lines.join('\n');
}
