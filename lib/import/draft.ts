import { Document } from 'yaml';
import { DRAFT_PLACEHOLDER, releaseSchema, type ReleaseContent } from '../content/schema';
import { ImportError } from './errors';
import type { DamageResolution } from './repairs';
import { describeSpot } from './report';
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
  if (!result.title) parts.push('No headline found: the title is to be written.');
  if (resolution.repairs.length) parts.push(`${resolution.repairs.length} damaged spot(s) restored as the curated release repairs them.`);
  const accepted = resolution.accepted.map((spot) => `\n- ${describeSpot(spot)}`).join('');
  if (accepted) parts.push(`Encoding damage accepted for a curator to repair (${resolution.accepted.length}):${accepted}`);
  return parts.join(' ');
}

/** The draft release in the content format, curated repairs applied, validated with releaseSchema. */
export function buildDraft(result: ImportResult, meta: DraftMeta, resolution: DamageResolution): ReleaseContent {
  const segments = result.segments.map(({ id, kind, speaker, zh }) => ({ id, kind, ...(speaker ? { speaker } : {}), zh, en: '' }));
  const speakers = Object.fromEntries(result.speakers.map((s) => [s.key, { zh: s.zh, en: DRAFT_PLACEHOLDER }]));
  for (const repair of resolution.repairs) {
    const target = repair.segment ? segments.find((s) => s.id === repair.segment) : speakers[repair.speaker ?? ''];
    if (target) target.zh = target.zh.replace(repair.damaged, repair.restored);
  }
  const draft = {
    slug: meta.slug,
    date: meta.date,
    sourceScript: result.script.sourceScript,
    sourceUrl: meta.sourceUrl,
    issuer: { zh: result.issuer ?? DRAFT_PLACEHOLDER, en: DRAFT_PLACEHOLDER },
    title: { zh: result.title ?? DRAFT_PLACEHOLDER, en: DRAFT_PLACEHOLDER },
    speakers,
    editorial: { note: note(result, meta, resolution), repairs: resolution.repairs },
    segments,
  };
  const parsed = releaseSchema.safeParse(draft);
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
