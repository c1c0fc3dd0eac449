import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ImportError } from './errors';
import { htmlToText } from './html';

// The main content of a page, found by Mozilla's Readability over linkedom (jsdom does not run on
// Node 20 here). Compared with defuddle 0.19 on the 16 MFA pages of the corpus, both kept every
// paragraph of the article body; Readability dropped all of the site chrome (defuddle kept the font
// switch, the print link and the related-news list: 10 more blocks a page) and took 18 ms a page
// against 47 ms. Readability decides which text is the article; the page's own text (with its
// source offsets) is then cut to those blocks by selectBlocks.

export type PageMeta = {
  title?: string;
  siteName?: string;
  description?: string;
  /** The publication date or time as the page gives it (a meta tag, <time>, a date element). */
  published?: string;
  /** The page's canonical URL (link rel=canonical, og:url). */
  url?: string;
  /** The issuing body a meta tag names (ContentSource, source). */
  issuer?: string;
};
export type Article = { blocks: string[]; meta: PageMeta };

// A title's site suffix: "标题 — 中华人民共和国外交部", "标题_某某省人民政府", "标题 | 网站".
const TITLE_SEPARATOR = /\s+[—–\-|｜]+\s+|\s*[_|｜]\s*/;
const DATE_ELEMENT = /(?:^|[\s_-])(?:\w*time|\w*date|pubtime|publish\w*)(?:$|[\s_-])/i;
const HAS_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}/;
// Prose: a sentence mark, or a run of Han characters too long for a menu entry.
const PROSE = /[。！？]|\p{Script=Han}{20}/u;

type Doc = ReturnType<typeof parseHTML>['document'];

const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;

function meta(document: Doc, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = clean(element?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function published(document: Doc): string | undefined {
  const tagged = meta(
    document,
    'article:published_time',
    'og:published_time',
    'datePublished',
    'PubDate',
    'pubdate',
    'publishdate',
    'firstpublishedtime',
    'dc.date',
    'DC.date.issued',
  );
  if (tagged) return tagged;
  const time = document.querySelector('time[datetime]');
  if (time) return clean(time.getAttribute('datetime'));
  for (const element of document.querySelectorAll('[id], [class]')) {
    const names = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
    if (!DATE_ELEMENT.test(names)) continue;
    const text = clean(element.textContent);
    if (text && text.length <= 60 && HAS_DATE.test(text)) return text;
  }
  return undefined;
}

function readMeta(document: Doc): PageMeta {
  const full = meta(document, 'og:title', 'twitter:title') ?? clean(document.querySelector('title')?.textContent);
  const parts = full?.split(TITLE_SEPARATOR).filter(Boolean) ?? [];
  const siteName = meta(document, 'og:site_name', 'SiteName', 'sitename') ?? (parts.length > 1 ? parts[parts.length - 1] : undefined);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    title: parts.length > 1 ? parts.slice(0, -1).join(' ') : full,
    siteName,
    description: meta(document, 'og:description', 'description'),
    published: published(document),
    url: clean(canonical) ?? meta(document, 'og:url'),
    issuer: meta(document, 'ContentSource', 'source'),
  };
}

/**
 * The page's metadata and the text blocks of its article; NO_ARTICLE when it has none. `prose`
 * tells a paragraph from a menu entry (Chinese prose by default; the aligner passes English's).
 */
export function readArticle(html: string, prose: RegExp = PROSE): Article {
  const page = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const pageMeta = readMeta(document);
  const article = new Readability(document as unknown as Document).parse();
  const blocks = article?.content
    ? htmlToText(article.content)
        .text.text.split('\n')
        .filter((b) => b.trim())
    : [];
  if (!blocks.some((b) => prose.test(b))) throw new ImportError('NO_ARTICLE', 'the page has no article: only site navigation, menus or links, no paragraph of text');
  return { blocks, meta: pageMeta };
}
