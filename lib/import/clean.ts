import { stripAnnotations } from './annotations';
import { removeBoilerplate, type BoilerplateRemoval } from './boilerplate';
import { findDamage } from './damage';
import { normalizeLines } from './lines';
import { convertPunctuation } from './punctuation';
import type { Change, TrackedText } from './tracked-text';

export type DamageFound = { at: number; text: string };

export type Cleaned = {
  text: TrackedText;
  invisible: number;
  annotations: Change[];
  boilerplate: BoilerplateRemoval[];
  punctuation: Change[];
  damage: DamageFound[];
};

export type CleanStage = 'lines' | 'damage' | 'annotations' | 'boilerplate' | 'punctuation';

/**
 * The cleaning steps in their order. Damage is found first, on the text as decoded, so that no
 * later step touches it; annotations go before boilerplate (the comment form carries them) and
 * punctuation last (its rule looks at the characters the annotations had separated).
 */
export function clean(source: TrackedText, options: { boilerplate: boolean; onStage?: (stage: CleanStage) => void } = { boilerplate: true }): Cleaned {
  const stage = options.onStage ?? (() => {});
  stage('lines');
  const lines = normalizeLines(source);
  stage('damage');
  const spans = findDamage(lines.text.text);
  const damaged = new Uint8Array(source.origin[source.text.length] + 1);
  for (const span of spans) for (let i = span.start; i < span.end; i++) damaged[lines.text.origin[i]] = 1;
  const protectedIn = (text: TrackedText) => (index: number) => index >= 0 && index < text.text.length && damaged[text.origin[index]] === 1;

  stage('annotations');
  const annotated = stripAnnotations(lines.text, protectedIn(lines.text));
  stage('boilerplate');
  const kept = options.boilerplate ? removeBoilerplate(annotated.text) : { text: annotated.text, removed: [] };
  stage('punctuation');
  const punctuated = convertPunctuation(kept.text, protectedIn(kept.text));
  return {
    text: punctuated.text,
    invisible: lines.invisible,
    annotations: annotated.changes,
    boilerplate: kept.removed,
    punctuation: punctuated.changes,
    damage: spans.map((s) => ({ at: lines.text.origin[s.start], text: s.text })),
  };
}
