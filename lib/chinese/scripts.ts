/** The scripts a release can be read in. Pure data: client components import this file. */
export const SCRIPTS = ['hans', 'hant', 'tw', 'hk'] as const;

export type Script = (typeof SCRIPTS)[number];

/** A release's own text is stored in one of these; tw and hk are conversion targets only. */
export type SourceScript = 'hans' | 'hant';

export const SCRIPT_LANG: Record<Script, string> = {
  hans: 'zh-Hans',
  hant: 'zh-Hant',
  tw: 'zh-TW',
  hk: 'zh-HK',
};

export function isScript(x: unknown): x is Script {
  return (SCRIPTS as readonly unknown[]).includes(x);
}
