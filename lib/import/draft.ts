import { Document } from 'yaml';
import type { z } from 'zod';
import { DRAFT_PLACEHOLDER, releaseSchema, type ReleaseContent } from '../content/schema';
import { ImportError } from './errors';
import type { DamageResolution } from './repairs';
import { describeSpot } from './report';
import { sourceText, toSourceScript } from './source-script';
import type { ImportResult } from './types';

export type DraftMeta = { slug: string; date: string; sourceUrl: string | null; sourceName: string };

// The schema requires English for the title, the issuer and speakers; a draft marks it with the
// placeholder, which publishedReleaseSchema refuses. Segment English stays empty.

function note(result: ImportResult, meta: DraftMeta, resolution: DamageResolution): string {
  const { cleaning, encoding, script } = result;
  const parts = [
    `Draft imported from ${meta.sourceName} (${encoding.encoding}, ${script.sourceScript}${script.script === 'mixed' ? ', mixed scripts' : ''}):`,
    `${cleaning.annotations.length} flattened ruby annotations stripped, ${cleaning.punctuation.length} punctuation marks made full-width,`,
    `${cleaning.boilerplate.length} boilerplate line(s) removed. English to be written.`,
  ];
  if (script.conversion)
    parts.push(
      `The scraped text is Traditional made from a Simplified original by a naive converter (${script.conversion.naive.map((e) => `${e.word} ×${e.count}`).join(', ')}): converted back to Simplified with OpenCC.`,
    );
  if (result.kind) parts.push(`Kind guessed as ${result.kind.value} (${result.kind.evidence.join('; ')}).`);
  if (result.region) parts.push(`Region guessed as ${result.region.value} (${result.region.evidence.join(', ')}).`);
  if (!result.title) parts.push('No headline found: the title is to be written.');
  if (resolution.repairs.length) parts.push(`${resolution.repairs.length} damaged spot(s) restored as the curated release repairs them.`);
  const accepted = resolution.accepted.map((spot) => `\n- ${describeSpot(spot)}`).join('');
  if (accepted) parts.push(`Encoding damage accepted for a curator to repair (${resolution.accepted.length}):${accepted}`);
  return parts.join(' ');
}

/** The curated repairs applied to the scraped text, before any conversion. */
function repaired(result: ImportResult, resolution: DamageResolution): ImportResult {
  const segments = result.segments.map((s) => ({ ...s }));
  const speakers = result.speakers.map((s) => ({ ...s }));
  for (const repair of resolution.repairs) {
    const target = repair.segment ? segments.find((s) => s.id === repair.segment) : speakers.find((s) => s.key === repair.speaker);
    if (target) target.zh = target.zh.replace(repair.damaged, repair.restored);
  }
  return { ...result, segments, speakers };
}

/**
 * The draft release in the content format, in the source script (a naively converted copy goes
 * back to Simplified), curated repairs applied, with the guessed kind and region and heading levels;
 * not yet validated (the browser's drafts start from it before their slug and date are known).
 */
export function draftContent(result: ImportResult, meta: DraftMeta, resolution: DamageResolution): z.input<typeof releaseSchema> {
  const { title, segments, speakers } = toSourceScript(repaired(result, resolution));
  const toSource = sourceText(result);
  return {
    slug: meta.slug,
    date: meta.date,
    sourceScript: result.script.sourceScript,
    sourceUrl: meta.sourceUrl,
    ...(result.region ? { region: result.region.value } : {}),
    ...(result.kind ? { kind: result.kind.value } : {}),
    issuer: { zh: result.issuer ? toSource(result.issuer) : DRAFT_PLACEHOLDER, en: DRAFT_PLACEHOLDER },
    title: { zh: title ?? DRAFT_PLACEHOLDER, en: DRAFT_PLACEHOLDER },
    speakers: Object.fromEntries(speakers.map((s) => [s.key, { zh: s.zh, en: s.en ?? DRAFT_PLACEHOLDER }])),
    editorial: { note: note(result, meta, resolution), repairs: resolution.repairs.map((r) => ({ ...r, restored: toSource(r.restored) })) },
    segments: segments.map(({ id, kind, level, speaker, zh }) => ({ id, kind, ...(level ? { level } : {}), ...(speaker ? { speaker } : {}), zh, en: '' })),
  };
}

/** draftContent validated with releaseSchema: what the CLI writes. */
export function buildDraft(result: ImportResult, meta: DraftMeta, resolution: DamageResolution): ReleaseContent {
  const parsed = releaseSchema.safeParse(draftContent(result, meta, resolution));
  if (!parsed.success)
    throw new ImportError(
      'INVALID_DRAFT',
      'the draft does not satisfy the content schema',
      parsed.error.issues.map((i) => `${i.path.join('.') || '(draft)'}: ${i.message}`),
    );
  return parsed.data;
}

export function draftToYaml(draft: ReleaseContent, header: string): string {
  const doc = new Document(draft);
  doc.commentBefore = header;
  return doc.toString({ lineWidth: 0 });
}
