import { boundedCache } from '@/lib/cache/bounded';
import { convert } from '@/lib/chinese/convert';
import type { Script, Wording } from '@/lib/core/text';
import { taiwanWording } from '@/lib/chinese/wording';
import { buildMatcher, type Matcher } from './matcher';

/** A term as the glossary knows it: its key (termKey, the Simplified form) and the forms it was
 * written in (a curated `hant`, a note's typed term). */
export interface TermEntry {
  key: string;
  forms: readonly string[];
}

/**
 * The strings that show `entry` in a segment displayed in `script` (Taiwan wording: 'tw' script
 * with Taiwan phrases). Both derivations are needed: a Traditional release may write 制造 where
 * standard Traditional has 製造, so the key 制造 converted to Traditional (製造) would miss the text's
 * 制造 while the written form converted keeps it; a Simplified release shown in Traditional carries
 * the key's conversion, not the curated form. The key read as Traditional text covers a reader who
 * types the standard form (骨幹) of a word the release writes with the Simplified-identical character
 * (骨干, as mainland-made Traditional text often does). Taiwan wording rewrites phrases (信息技術 → 資訊科技),
 * so its forms go through the same phrase conversion the text does, besides the plain ones for
 * spots where the phrase was not rewritten in context.
 */
export function termForms(entry: TermEntry, script: Script, wording: Wording): string[] {
  const forms = [...entry.forms.map((f) => convert(f, 'hant', script)), convert(entry.key, 'hans', script), convert(entry.key, 'hant', script)];
  if (wording === 'tw')
    forms.push(...entry.forms.map((f) => taiwanWording(f, 'hant').text), taiwanWording(entry.key, 'hans').text);
  return [...new Set(forms.filter(Boolean))];
}

/** A matcher over every form of every term, whose match ids are term keys. */
export function buildScriptMatcher(terms: readonly TermEntry[], script: Script, wording: Wording): Matcher {
  return buildMatcher(terms.flatMap((t) => termForms(t, script, wording).map((text) => ({ text, id: t.key }))));
}

// Five views (four scripts, Taiwan wording) for the current glossary version and the one before.
const matchers = boundedCache<Matcher>(10);

/**
 * The matcher for a glossary version and view, built once and reused by every request and segment.
 * `version` must change whenever `terms` do (a revision id, a content hash); the oldest entries go.
 */
export function getMatcher(version: string, terms: readonly TermEntry[], script: Script, wording: Wording): Matcher {
  return matchers.get(JSON.stringify([version, script, wording]), () => buildScriptMatcher(terms, script, wording));
}
