import { cedictPinyinToMarks } from './cedict';

// CC-CEDICT writes cross-references as Traditional|Simplified[pin1 yin1] (one form when both are the
// same) and measure words as "CL:個|个[ge4],位[wei4]". A reader gets them in their own script with
// tone marks: "measure word: 个 gè, 位 wèi", "see also 某 mǒu".

/** The form of a CC-CEDICT word to show, from its Traditional and Simplified forms. */
export type FormOf = (traditional: string, simplified: string) => string;

const WORD = '[\\p{Script=Han}\\p{N}A-Za-z·，○〇]+';
const REFERENCE = new RegExp(`(${WORD})(?:\\|(${WORD}))?\\[([A-Za-z0-9:, ·]+)\\]`, 'gu');

const reference = (form: FormOf) => (_: string, traditional: string, simplified: string | undefined, pinyin: string) =>
  `${form(traditional, simplified ?? traditional)} ${cedictPinyinToMarks(pinyin.replace(/\s*,\s*/g, ' '))}`;

/** One CC-CEDICT definition with its markup made readable. */
export function readableDefinition(definition: string, form: FormOf): string {
  const text = definition.replace(REFERENCE, reference(form));
  const classifiers = /^CL:\s*(.+)$/u.exec(text);
  return classifiers ? `measure word: ${classifiers[1]!.split(/,\s*/).join(', ')}` : text;
}

/** Every definition of an entry made readable. */
export function readableDefinitions(definitions: readonly string[], form: FormOf): string[] {
  return definitions.map((d) => readableDefinition(d, form));
}
