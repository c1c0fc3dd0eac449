import { checkFigures, type FigureIssue } from '../content/figures';
import { enFiguresText, zhFiguresText } from './anchors';
import type { Link, ZhSegment } from './schema';

// What a reviewer checks after alignment: Chinese the English leaves out, English with no
// Chinese, and linked text whose figures disagree. Figures are compared by the project's figures
// check, on the Chinese with its numerals in Arabic (二千四百四十萬 as 24400000), so an issue
// quotes the figure in that form.

export type LinkFigures = { link: number; zh: string[]; en: number[]; issues: FigureIssue[] };
export type Gaps = {
  /** Segment ids linked to no English (1–0), in order. */
  omitted: string[];
  /** English paragraph indexes linked to no Chinese (0–1), in order. */
  added: number[];
  /** For each link with both sides whose figures disagree: the link's position and the issues. */
  figures: LinkFigures[];
};

export function gaps(links: readonly Pick<Link, 'zh' | 'en'>[], zhSegments: readonly Pick<ZhSegment, 'id' | 'zh'>[], enParagraphs: readonly string[]): Gaps {
  const text = new Map(zhSegments.map((s) => [s.id, s.zh]));
  const figures = links.flatMap((link, index): LinkFigures[] => {
    if (!link.zh.length || !link.en.length) return [];
    const zh = zhFiguresText(link.zh.map((id) => text.get(id) ?? '').join('\n'));
    const en = enFiguresText(link.en.map((i) => enParagraphs[i] ?? '').join('\n'));
    const issues = checkFigures(zh, en);
    return issues.length ? [{ link: index, zh: link.zh, en: link.en, issues }] : [];
  });
  return {
    omitted: links.filter((l) => !l.en.length).flatMap((l) => l.zh),
    added: links.filter((l) => !l.zh.length).flatMap((l) => l.en),
    figures,
  };
}
