import { hasWord, maxWordLength } from './cedict';
import { segmentWords } from './segment';

/** Words of a Simplified text by CC-CEDICT, with glossary and note terms (`fixed`) kept whole. */
export function dictionaryWords(twin: string, fixed: readonly { start: number; end: number }[]) {
  return segmentWords(twin, { fixed, isWord: hasWord, maxLength: maxWordLength() });
}
