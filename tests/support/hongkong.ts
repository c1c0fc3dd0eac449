// A Hong Kong release of the shared corpus (../shared/corpus/hongkong: never copied here) as the
// app gets one: its Chinese through the importer, the headline's English and the issuer filled in
// as an editor would, ready for publishRelease. Its official English is read beside it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReleaseContent } from '@/lib/content/schema';
import { buildDraft, importDocument, resolveDamage } from '@/lib/import';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const HONG_KONG_DIR = path.resolve(repoRoot, '../shared/corpus/hongkong');
export const hongKongPresent = existsSync(HONG_KONG_DIR);

export type HongKongPair = {
  /** The official English, one paragraph a line, the headline first. */
  english: string;
  /** Its address, from the pair's .source.txt. */
  englishUrl: string;
  release: ReleaseContent;
};

const field = (source: string, name: string) => {
  const value = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(source)?.[1]?.trim();
  if (!value) throw new Error(`the source file has no "${name}:" line`);
  return value;
};

/** The pair `name` (e.g. hk20260122_cpi_dec2025) as a release `slug`, its issuer's names given. */
export function hongKongPair(name: string, slug: string, issuer: { zh: string; en: string }): HongKongPair {
  const file = (ext: string) => path.join(HONG_KONG_DIR, `${name}.${ext}`);
  const source = readFileSync(file('source.txt'), 'utf8');
  const english = readFileSync(file('en.txt'), 'utf8');
  const result = importDocument(new Uint8Array(readFileSync(file('zh.txt'))));
  const draft = buildDraft(
    result,
    { slug, date: field(source, 'Date').slice(0, 10), sourceUrl: field(source, 'zh URL'), sourceName: `${name}.zh.txt` },
    resolveDamage(result, undefined, false),
  );
  const release = {
    ...draft,
    issuer,
    title: { zh: draft.title.zh, en: english.split('\n')[0].trim() },
    editorial: { ...draft.editorial, provenance: `../shared/corpus/hongkong/${name}` },
  };
  return { english, englishUrl: field(source, 'en URL'), release };
}
