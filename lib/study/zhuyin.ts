import { fromPinyinSyllable } from 'zhuyin';
import { toNumbered } from './pinyin';

// The zhuyin package writes the 4th tone as a backtick and the neutral tone after the syllable; the
// Taiwan MOE convention is ˋ (U+02CB) and ˙ (U+02D9) before the syllable. Its table spells ü as v
// (lv, nve) and has no erhua.
const BOPOMOFO = /^[\u3105-\u312F\u31A0-\u31BF]+$/u;
const TONE: Record<string, string> = { '1': '', '2': '\u02CA', '3': '\u02C7', '4': '\u02CB' };

/** One tone-marked (or numbered) pinyin syllable in bopomofo: lǜ → ㄌㄩˋ, de → ˙ㄉㄜ, erhua r → ㄦ. */
export function toZhuyin(syllable: string): string {
  if (!syllable) return '';
  const numbered = toNumbered(syllable.toLowerCase());
  const tone = numbered.slice(-1);
  const base = numbered
    .slice(0, -1)
    .replace(/ü/gu, 'v')
    .replace(/^([ln])ue$/u, '$1ve');
  // Erhua is a bare ㄦ after the syllable it modifies (一點兒 ㄧ ㄉㄧㄢˇㄦ), never toned.
  if (base === 'r') return 'ㄦ';
  const body = base === 'ê' ? 'ㄝ' : fromPinyinSyllable(`${base}1`);
  if (!BOPOMOFO.test(body)) throw new Error(`no zhuyin for the pinyin syllable "${syllable}"`);
  return tone === '5' ? `\u02D9${body}` : body + TONE[tone];
}
