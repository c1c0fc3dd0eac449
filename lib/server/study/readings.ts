import 'server-only';
import { prisma } from '@/lib/db';
import { curatedPolicyReadings, type PolicyReadings } from '@/lib/study/policy-readings';

let cached: { version: string; readings: PolicyReadings } | null = null;
// Terms already warned about, so a bad row is logged once, not on every rebuild.
const warned = new Set<string>();

/**
 * The policy-vocabulary readings that correct pinyin-pro: content/pinyin.yaml plus every curated
 * glossary term's pinyin. Rebuilt only when a curated entry changes (its content hash).
 */
export async function policyReadings(): Promise<PolicyReadings> {
  const terms = await prisma.glossaryTerm.findMany({ select: { key: true, pinyin: true, contentHash: true }, orderBy: { key: 'asc' } });
  const version = terms.map((t) => t.contentHash).join();
  if (cached?.version !== version) {
    cached = { version, readings: curatedPolicyReadings(terms.map((t) => ({ hans: t.key, pinyin: t.pinyin })), warned) };
  }
  return cached.readings;
}
