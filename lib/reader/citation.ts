// Runs in the browser too (the citation dialog): no server imports here.

/** Plain text in the reader's UI language; Chicago and APA in English, as their users write; GB/T 7714 in Chinese. */
export const CITATION_STYLES = ['plain', 'chicago', 'apa', 'gbt7714'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** The words a citation uses in the UI language, from messages (Citation namespace). */
export type CitationWords = {
  /** "{publisher} official English" / "Duizhao translation" as a label after the English quote. */
  officialEnglish: string;
  duizhaoTranslation: string;
  source: string;
  /** Before the official English's own address. */
  officialSource: string;
  permalink: string;
  accessed: string;
  said: string;
};

export type CitationInput = {
  zh: string;
  /** The English quoted beside it: '' when the passage has none. */
  en: string;
  /** Whose English it is: the government's official version (by its publisher, named in both languages) or Duizhao's translation. */
  english: { track: 'official'; by: { zh: string; en: string }; url: string; title: string | null } | { track: 'duizhao' };
  speaker?: { zh: string; en: string } | null;
  title: { zh: string; en: string };
  issuer: { zh: string; en: string };
  /** The release's date, ISO (YYYY-MM-DD). */
  date: string;
  /** The passage's permalink in Duizhao. */
  url: string;
  /** The original release's address, when known. */
  sourceUrl?: string | null;
  /** When the reader copied it, ISO. */
  accessed: string;
  /** The UI locale: dates and the plain form's words follow it. */
  locale: string;
};

const longDate = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
const day = (iso: string) => iso.slice(0, 10);
const isChinese = (locale: string) => locale.startsWith('zh');

/** The English's label, in the UI language: "official English, Government of …" or "Duizhao translation". */
function englishLabel(c: CitationInput, words: CitationWords): string {
  if (c.english.track !== 'official') return words.duizhaoTranslation;
  const { zh, en } = c.english.by;
  return words.officialEnglish.replace('{publisher}', (isChinese(c.locale) && zh) || en);
}

/** The same label in English, for the English-language styles. */
const englishLabelEn = (c: CitationInput) => (c.english.track === 'official' ? `official English, ${c.english.by.en}` : 'Duizhao translation');

/** The quoted passage: the speaker, the Chinese, and the English labelled with whose it is. */
function quoteLines(c: CitationInput, chinese: boolean, label: string, said: string): string[] {
  const speaker = c.speaker ? `${chinese ? c.speaker.zh : c.speaker.en}${said}` : '';
  const lines = [`${speaker}${chinese ? `「${c.zh}」` : `“${c.zh}”`}`];
  if (c.en) lines.push(chinese ? `“${c.en}”（${label}）` : `“${c.en}” (${label})`);
  return lines;
}

function plain(c: CitationInput, words: CitationWords): string {
  const zh = isChinese(c.locale);
  const date = longDate(c.date, c.locale);
  const reference = zh ? `${c.issuer.zh}：《${c.title.zh}》（${c.title.en}），${date}。` : `${c.issuer.en}, “${c.title.en}” (${c.title.zh}), ${date}.`;
  const sep = zh ? '：' : ': ';
  return [
    ...quoteLines(c, zh, englishLabel(c, words), words.said),
    '',
    reference,
    ...(c.sourceUrl ? [`${words.source}${sep}${c.sourceUrl}`] : []),
    ...(c.english.track === 'official' ? [`${words.officialSource}${sep}${c.english.url}`] : []),
    `${words.permalink}${sep}${c.url}${zh ? '（' : ' ('}${words.accessed} ${longDate(c.accessed, c.locale)}${zh ? '）' : ')'}`,
  ].join('\n');
}

/** The English title an English-language style cites: the official English's own headline when it is quoted. */
const titleEn = (c: CitationInput) => (c.english.track === 'official' && c.english.title) || c.title.en;

function chicago(c: CitationInput): string {
  const date = longDate(c.date, 'en-US');
  const speaker = c.speaker ? `${c.speaker.en}, in ` : '';
  const url = c.sourceUrl ?? c.url;
  const accessed = `accessed ${longDate(c.accessed, 'en-US')}`;
  const english =
    c.english.track === 'official'
      ? `English quoted from the ${englishLabelEn(c)}, ${c.english.url}, as aligned in Duizhao, ${c.url}, ${accessed}`
      : `English quoted from the ${englishLabelEn(c)}, ${c.url}, ${accessed}`;
  return `${speaker}${c.issuer.en}, “${titleEn(c)}” [${c.title.zh}], press release, ${date}, ${url}; ${english}.`;
}

function apa(c: CitationInput): string {
  const d = new Date(c.date);
  const month = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
  const english = c.english.track === 'official' ? `${englishLabelEn(c)}, ${c.english.url}` : englishLabelEn(c);
  return `${c.issuer.en}. (${d.getUTCFullYear()}, ${month}). ${titleEn(c)} [${c.title.zh}] [Press release; English: ${english}]. ${c.sourceUrl ?? c.url}`;
}

/** GB/T 7714-2015 for an online document: [EB/OL], publication and access dates, the address. */
function gbt7714(c: CitationInput): string {
  return `${c.issuer.zh}. ${c.title.zh}[EB/OL]. (${day(c.date)})[${day(c.accessed)}]. ${c.sourceUrl ?? c.url}.`;
}

/** A passage's citation in a style: the quote in both languages (whose English it is), then the source. */
export function formatCitation(c: CitationInput, style: CitationStyle, words: CitationWords): string {
  if (style === 'plain') return plain(c, words);
  if (style === 'gbt7714') return [...quoteLines(c, true, englishLabel(c, words), '：'), '', gbt7714(c)].join('\n');
  return [...quoteLines(c, false, englishLabelEn(c), ': '), '', style === 'chicago' ? chicago(c) : apa(c)].join('\n');
}

/** A short reference to one passage, for a card's or a list's example sentence. */
export function passageReference(r: { issuer: string; title: string; date: string }, segmentId: string, url: string): string {
  return `${r.issuer}, “${r.title}”, ${r.date}, ¶${segmentId}: ${url}`;
}
