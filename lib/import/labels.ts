// Speaker labels that open a paragraph of a transcript: "記者：", "問：", "答：", "主持人：",
// "Q:"/"A:", "山東廣播電視臺記者：", or a name ("王茂慶：", "總統：", "外交部發言人林劍：").

const COLON = '[：:︰]';
const QUESTION = new RegExp(`^(問|问|問題|问题|提問|提问|主持人|記者|记者|Q)\\s*${COLON}\\s*`, 'u');
const ANSWER = new RegExp(`^(答|答覆|答复|回答|A)\\s*${COLON}\\s*`, 'u');
// A reporter: anything without (full-width: damage keeps its ASCII marks) sentence punctuation,
// ending in 記者 ("《中國日報》記者", "大眾日?qǐng)?bào)·大眾新聞客戶端記者").
const REPORTER = new RegExp(`^([^，。；：？！]{1,40}(?:記者|记者))\\s*${COLON}\\s*`, 'u');
// A name or an office and a name: Han characters (and 、·) only, 2–20 of them.
const NAME = new RegExp(`^([\\p{Script=Han}][\\p{Script=Han}、·]{1,19})${COLON}\\s*`, 'u');

export type Label = {
  /** The label as written, without its colon: the speaker's name in the draft. */
  label: string;
  /** question and answer: labels that say so; name: an answer when the name is known as a speaker. */
  role: 'question' | 'answer' | 'name';
  /** Where the text after the label starts. */
  start: number;
  rest: string;
};

export function parseLabel(line: string): Label | null {
  for (const [pattern, role] of [
    [QUESTION, 'question'],
    [ANSWER, 'answer'],
    [REPORTER, 'question'],
    [NAME, 'name'],
  ] as const) {
    const m = pattern.exec(line);
    if (m) return { label: m[1], role, start: m[0].length, rest: line.slice(m[0].length).trim() };
  }
  return null;
}
