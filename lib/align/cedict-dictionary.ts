// CC-CEDICT as the aligner's dictionary, through the study layer's loader (one copy in memory for
// the pop-up dictionary and the aligner). Server-side only: the first look-up reads a 16 MB file
// (about 0.4 s) from node_modules under the working directory, the project root.
import { lookupWord } from '../study/cedict';
import type { Dictionary } from './lexicon';

export function cedictDictionary(): Dictionary {
  return { glosses: (word) => lookupWord(word).flatMap((e) => e.definitions) };
}
