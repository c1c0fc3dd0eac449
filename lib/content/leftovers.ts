import { convert } from '../chinese/convert';
import { findLeftovers } from '../chinese/leftovers';
import type { Script } from '../core/text';
import type { ReleaseContent } from './schema';

const VIEWS: readonly Script[] = ['hans', 'tw', 'hk'];

/**
 * Mainland-Traditional leftovers (lib/chinese/leftovers.ts) in a release's Simplified, Taiwan and
 * Hong Kong views, one message per spot naming the field, the view, the word and its standard form.
 * A Traditional source made on the mainland (制造 for 製造) shows them in every Traditional view, and
 * OpenCC's conversion from Simplified occasionally makes one; strings the editor has checked as
 * right (a surname 于, say) are listed in editorial.keepAsWritten.
 */
export function releaseLeftovers(release: ReleaseContent): string[] {
  const allowed = release.editorial.keepAsWritten.map((k) => k.text);
  const fields: [string, string][] = [
    ['title', release.title.zh],
    ['issuer', release.issuer.zh],
    ...Object.entries(release.speakers).flatMap(([key, s]): [string, string][] => [
      [`speaker "${key}"`, s.zh],
      ...(s.role ? [[`speaker "${key}" role`, s.role.zh] as [string, string]] : []),
    ]),
    ...release.segments.map((s, i): [string, string] => [`segment "${s.id}" (segments[${i}])`, s.zh]),
  ];
  const problems: string[] = [];
  for (const [where, zh] of fields) {
    for (const script of VIEWS) {
      const shown = convert(zh, release.sourceScript, script);
      for (const { rule, context } of findLeftovers(shown, script, undefined, allowed)) {
        problems.push(
          `${where}, ${script} view: ${rule.leftover} where the standard writes ${rule.standard} (…${context}…): ${rule.why}. ` +
            'If it is right as written (a name, say), list it in editorial.keepAsWritten with the reason.',
        );
      }
    }
  }
  return problems;
}
