import { checkFigures, type FigureIssue } from '../content/figures';
import { enFiguresText, zhFiguresText } from './anchors';
import type { Link, ZhSegment } from './schema';

// What a reviewer checks after alignment: Chinese the English leaves out, English with no
// Chinese, and linked text whose figures disagree. Figures are compared by the project's figures
// check, on the Chinese with its numerals in Arabic (二千四百四十萬 as 24400000), so an issue
// quotes the figure in that form.

export type LinkFigures = { link: number; zh: string[]; en: number[]; issues: FigureIssue[] };
export type Gaps = {
  /** Segment ids linked to no English (1–0, or named by no link), in order. */
  omitted: string[];
  /** English paragraph indexes linked to no Chinese (0–1, or named by no link), in order. */
  added: number[];
  /**
   * Segment ids after the last one any link names: the copy of the English held ends before them
   * (a copy taken from a truncated page), so it is not known to leave them out. Links made by the
   * aligner name every segment; this is for published links that stop where the copy does.
   */
  beyond: string[];
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
  const named = new Set(links.flatMap((l) => l.zh));
  const last = zhSegments.findLastIndex((s) => named.has(s.id));
  const rendered = new Set(links.filter((l) => l.en.length).flatMap((l) => l.zh));
  const sourced = new Set(links.filter((l) => l.zh.length).flatMap((l) => l.en));
  return {
    omitted: zhSegments.slice(0, last + 1).flatMap((s) => (rendered.has(s.id) ? [] : [s.id])),
    added: enParagraphs.flatMap((_, p) => (sourced.has(p) ? [] : [p])),
    beyond: zhSegments.slice(last + 1).map((s) => s.id),
    figures,
  };
}
