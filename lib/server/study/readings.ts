import 'server-only';
import { publicGlossary } from '@/lib/server/glossary/public-terms';
import { currentVersions } from '@/lib/server/versions';
import type { PolicyReadings } from '@/lib/study/policy-readings';

/** The readings that correct pinyin-pro: content/pinyin.yaml plus every curated term's pinyin (the public glossary's). */
export async function policyReadings(): Promise<PolicyReadings> {
  return (await publicGlossary(await currentVersions())).policy;
}
