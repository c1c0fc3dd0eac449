import { convert } from '@/lib/chinese/convert';
import type { Script, Substitution, Wording } from '@/lib/core/text';
import { taiwanWording } from '@/lib/chinese/wording';
import type { Bilingual, ReleaseRecord, ReleaseSummary, SegmentRecord, SpeakerRecord } from './types';
import { LOCALE_SCRIPT } from './preferences';

export type LocalizedSegment = SegmentRecord & { substitutions: Substitution[] };
export type LocalizedRelease = Omit<ReleaseRecord, 'segments'> & {
  script: Script;
  wording: Wording;
  segments: LocalizedSegment[];
};

/**
 * The release with its Chinese in the asked script. Each text is converted whole, from the source
 * script straight to the target. Taiwan wording applies to the release's own text; names of bodies
 * (the issuer, the official English's publisher) and speakers are official names and keep their wording.
 */
export function localizeRelease(record: ReleaseRecord, script: Script, wording: Wording, protect: readonly string[] = []): LocalizedRelease {
  const from = record.sourceScript;
  const zh = (text: string) => convert(text, from, script);
  const bilingual = (b: Bilingual): Bilingual => ({ zh: zh(b.zh), en: b.en });
  const speakers = Object.fromEntries(
    Object.entries(record.speakers).map(([key, s]): [string, SpeakerRecord] => [key, { ...bilingual(s), role: s.role ? bilingual(s.role) : null }]),
  );
  const segments = record.segments.map((segment): LocalizedSegment => {
    if (wording === 'tw') {
      const { text, substitutions } = taiwanWording(segment.zh, from, { protect });
      return { ...segment, zh: text, substitutions };
    }
    return { ...segment, zh: zh(segment.zh), substitutions: [] };
  });
  // The official English's publisher is a body's name too, typed in the release's script.
  const official = record.official && { ...record.official, publisher: bilingual(record.official.publisher) };
  return { ...record, title: bilingual(record.title), issuer: bilingual(record.issuer), speakers, official, script, wording, segments };
}

/** A library entry with its title and issuer in the asked script. */
export function localizeSummary<T extends ReleaseSummary>(summary: T, script: Script): T {
  const zh = (text: string) => convert(text, summary.sourceScript, script);
  return { ...summary, title: { ...summary.title, zh: zh(summary.title.zh) }, issuer: { ...summary.issuer, zh: zh(summary.issuer.zh) } };
}

/** A release's title in the UI's language: its English, or its Chinese in the UI's script. */
export function titleForLocale(release: Pick<ReleaseSummary, 'title' | 'sourceScript'>, locale: string): string {
  const script = LOCALE_SCRIPT[locale];
  return script ? convert(release.title.zh, release.sourceScript, script) : release.title.en;
}
