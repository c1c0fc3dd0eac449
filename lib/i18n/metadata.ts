import type { Metadata } from 'next';

// What a link preview shows (OpenGraph, Twitter cards) besides the page's own title.

const OG_LOCALE: Record<string, string> = { en: 'en_US', 'zh-Hans': 'zh_CN', 'zh-Hant': 'zh_TW' };
const DESCRIPTION_LENGTH = 160;

/** A description at most 160 characters long, cut at a word (English) or anywhere (Chinese), with an ellipsis. */
export function shortDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const cut = flat.slice(0, DESCRIPTION_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/** A page's title and description, for the page and its link previews, in the UI's language. */
export function pageMetadata(input: {
  locale: string;
  siteName: string;
  title: string;
  description: string;
  kind?: 'website' | 'article';
  noindex?: boolean;
  /** The title is whole: the layout's "· Duizhao" is not added. */
  absolute?: boolean;
}): Metadata {
  const description = shortDescription(input.description);
  return {
    title: input.absolute ? { absolute: input.title } : input.title,
    description,
    openGraph: { title: input.title, description, siteName: input.siteName, locale: OG_LOCALE[input.locale] ?? 'en_US', type: input.kind ?? 'website' },
    twitter: { card: 'summary', title: input.title, description },
    ...(input.noindex && { robots: { index: false } }),
  };
}
