import { ConverterBuilder, type ConverterFunction, type DictGroup, type DictLike, type LocalePreset } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { OVERRIDES, type Override } from './overrides';
import { markPhrase } from './phrase-marks';
import type { Script, SourceScript } from '../core/text';

/** A script, or twp: tw characters plus Taiwan phrases, each phrase wrapped by markPhrase. */
export type Target = Script | 'twp';

type Pair = readonly [string, string];
type Config = NonNullable<LocalePreset['configs']>[string];

const LOCALE: Record<Target, string> = { hans: 'cn', hant: 't', tw: 'tw', hk: 'hk', twp: 'twp' };

// What twp adds over tw: the Taiwan-phrase dictionaries, whose replacements get marked.
const TW_DICTS = new Set(Locale.to.tw.flat());
const TAIWAN_PHRASES = new Set(Locale.to.twp.flat().filter((d) => !TW_DICTS.has(d)));

function overridesFor(step: Override['step']): Pair[] {
  return OVERRIDES.filter((o) => o.step === step).map((o) => [o.source, o.target] as const);
}

function pairs(dict: DictLike): Pair[] {
  return typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string]) : [...dict];
}

function markTaiwanPhrases(groups: readonly DictGroup[]): DictGroup[] {
  // Later entries of a dictionary win, so the overrides go last.
  const marked = (d: DictLike) => [...pairs(d), ...overridesFor('twp')].map(([s, t]) => [s, markPhrase(s, t)] as const);
  return groups.map((group) => group.map((d) => (TAIWAN_PHRASES.has(d) ? marked(d) : d)));
}

/** Puts the overrides first in the first step, and in segmentation so that no segment boundary
 * splits one. Serialised: the presets' segmentation is a list of serialised dictionaries, or absent. */
function withOverrides(config: Config, overrides: Pair[], extraSegmentation: Pair[] = []): Config {
  if (!overrides.length && !extraSegmentation.length) return config;
  const serialise = (pairs: Pair[]) => pairs.map((pair) => pair.join(' ')).join('|');
  const dict = serialise(overrides);
  const [first, ...rest] = config.conversionChain;
  const segmentation = config.segmentation as readonly string[] | undefined;
  const segmentWith = [...(extraSegmentation.length ? [serialise(extraSegmentation)] : []), ...(overrides.length ? [dict] : [])];
  return {
    ...config,
    ...(segmentation && { segmentation: [...segmentWith, ...segmentation] }),
    conversionChain: overrides.length ? [[dict, ...first], ...rest] : config.conversionChain,
  };
}

/** The overrides of a pair's first step: s2t from Simplified, t2s to it, t2hk within Traditional. */
function firstStepOverrides(from: SourceScript, to: Target): Pair[] {
  if (from === 'hans') return overridesFor('s2t');
  if (to === 'hans') return overridesFor('t2s');
  return to === 'hk' ? overridesFor('t2hk') : [];
}

/**
 * hans→twp segments the Simplified text before any conversion, and phrases match within a segment
 * only: the Simplified forms of the Taiwan-phrase overrides join the segmentation, so that no
 * segment boundary splits one (OpenCC does the same for its own phrases with
 * STPhrases_GeneratedFromRegionalPhrases).
 */
function twpSegmentation(): Pair[] {
  const toSimplified = ConverterBuilder(Locale)({ from: 't', to: 'cn' });
  return overridesFor('twp').map(([source]) => [toSimplified(source), source] as const);
}

function build(from: SourceScript, to: Target): ConverterFunction {
  const overrides = firstStepOverrides(from, to);
  const extraSegmentation = from === 'hans' && to === 'twp' ? twpSegmentation() : [];
  // ConverterBuilder picks the pair's config; patching every config only copies arrays.
  const configs = Object.fromEntries(
    Object.entries(Locale.configs).map(([name, config]) => {
      const patched = withOverrides(config, overrides, extraSegmentation);
      return [name, { ...patched, conversionChain: markTaiwanPhrases(patched.conversionChain) }];
    }),
  );
  const preset = { from: Locale.from, to: { ...Locale.to, twp: markTaiwanPhrases(Locale.to.twp) }, configs };
  return ConverterBuilder(preset)({ from: LOCALE[from], to: LOCALE[to] });
}

const cache = new Map<string, ConverterFunction>();
const builds = new Map<string, number>();

/** The converter for a pair, built on first use and kept for the life of the process. */
export function opencc(from: SourceScript, to: Target): ConverterFunction {
  if (to === from) return (text) => text;
  const key = `${from}>${to}`;
  let converter = cache.get(key);
  if (!converter) {
    converter = build(from, to);
    cache.set(key, converter);
    builds.set(key, (builds.get(key) ?? 0) + 1);
  }
  return converter;
}

/** How many times each pair's converter was built: 1 each, or caching is broken. */
export function converterBuildCounts(): Record<string, number> {
  return Object.fromEntries(builds);
}
