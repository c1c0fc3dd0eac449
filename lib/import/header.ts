import { isDateLine } from './dates';
import { matchHeading } from './headings';
import { parseLabel } from './labels';

// The front matter of a release, before its first paragraph: the headline (one line or two), then
// subtitles (——2026年1月27日在…会议上, a date line such as 113年06月13日 or （2018年1月2日）, a speech's
// own headline) and bylines (山东省省长 周乃翔, or an office line and a name line).

export type FrontKind = 'subtitle' | 'byline';
export type Header = {
  title?: string;
  /** How many of the first lines the title takes (0 when it came from the page, not the text). */
  titleLines: number;
  /** Subtitle and byline lines, by index among the lines after the title. */
  front: FrontKind[];
};

const OFFICE =
  '(?:省长|省長|市长|市長|县长|縣長|区长|區長|主席|主任|部长|部長|总理|總理|书记|書記|委员|委員|发言人|發言人|局长|局長|署长|署長|司长|司長|院长|院長|大使|总统|總統|秘书长|秘書長|理事长|理事長)';
const BYLINE = new RegExp(`^[\\p{Script=Han}、·]{2,40}${OFFICE}[\\s\\u3000]+[\\p{Script=Han}·]{2,4}$`, 'u');
const OFFICE_LINE = new RegExp(`^[\\p{Script=Han}、·]{2,40}${OFFICE}$`, 'u');
const NAME_LINE = /^[\p{Script=Han}·]{2,4}$/u;
const SUBTITLE = /^(?:——|－－|--|—)/;
const MAX_FRONT = 8;
// A headline ends without a full stop; a first headline line may end with a comma and go on.
const HEADLINE_END = /[。！？!?；;：:︰]$/;
const CONTINUES = /[，,、]$/;

const normalize = (text: string) => text.replace(/[\s\u3000]/g, '');

function isHeadline(line: string): boolean {
  if (HEADLINE_END.test(line) || !/\p{Script=Han}/u.test(line) || isDateLine(line) || SUBTITLE.test(line)) return false;
  const label = parseLabel(line);
  return !(label && label.role !== 'name') && !matchHeading(line);
}

/** The kind of front-matter line `lines[i]` is, or null where the body starts. */
function frontKind(lines: readonly string[], i: number): FrontKind | null {
  const line = lines[i];
  if (SUBTITLE.test(line) || isDateLine(line)) return 'subtitle';
  // A subtitle the scraper broke: "——2026年1月26日在广东省第十四届" / "人民代表大会第五次会议上".
  if (SUBTITLE.test(lines[i - 1] ?? '') && line.length <= 20 && /上$/.test(line)) return 'subtitle';
  if (BYLINE.test(line)) return 'byline';
  if (OFFICE_LINE.test(line) && NAME_LINE.test(lines[i + 1] ?? '')) return 'byline';
  if (NAME_LINE.test(line) && OFFICE_LINE.test(lines[i - 1] ?? '')) return 'byline';
  // A speech's own headline above its —— subtitle.
  if (line.length <= 40 && !HEADLINE_END.test(line) && i + 1 < lines.length && !matchHeading(line)) {
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      if (SUBTITLE.test(lines[j])) return 'subtitle';
      if (lines[j].length > 40 || HEADLINE_END.test(lines[j])) break;
    }
  }
  return null;
}

/**
 * Reads the header of the cleaned lines. `pageTitle` (from an HTML page) is the title; the text's
 * first lines are its title lines only when they spell it. Otherwise the first line is the title
 * when it is a headline and more text follows, with the second line too when the first ends in a
 * comma or both stand above the subtitles.
 */
export function readHeader(lines: readonly string[], pageTitle?: string): Header {
  let title = pageTitle;
  let titleLines = 0;
  if (pageTitle) {
    const wanted = normalize(pageTitle);
    if (lines.length > 1 && normalize(lines[0]) === wanted) titleLines = 1;
    else if (lines.length > 2 && normalize(lines[0] + lines[1]) === wanted) titleLines = 2;
  } else if (lines.length > 1 && isHeadline(lines[0])) {
    titleLines = 1;
    const second = lines[1];
    const twoLines = lines.length > 2 && isHeadline(second) && second.length <= 40 && (CONTINUES.test(lines[0]) || (frontKind(lines, 2) !== null && frontKind(lines, 1) === null));
    if (twoLines) titleLines = 2;
    title = lines.slice(0, titleLines).join('');
  }
  const front: FrontKind[] = [];
  for (let i = titleLines; i < Math.min(lines.length - 1, titleLines + MAX_FRONT); i++) {
    const kind = frontKind(lines, i);
    if (!kind) break;
    front.push(kind);
  }
  return { title, titleLines, front };
}
