import { describe, expect, test } from 'vitest';
import { CITATION_STYLES, formatCitation, type CitationInput, type CitationWords } from './citation';

const EN_WORDS: CitationWords = {
  officialEnglish: 'official English, {publisher}',
  duizhaoTranslation: 'Duizhao translation',
  source: 'Source',
  officialSource: 'Official English',
  permalink: 'Duizhao',
  accessed: 'accessed',
  said: ': ',
};
const ZH_WORDS: CitationWords = {
  officialEnglish: '官方英文版，{publisher}',
  duizhaoTranslation: '对照译文',
  source: '来源',
  officialSource: '官方英文版',
  permalink: '对照',
  accessed: '访问于',
  said: '：',
};

const HK = { zh: '香港特別行政區政府', en: 'Government of the Hong Kong SAR' };
const OFFICIAL = { track: 'official' as const, by: HK, url: 'https://www.info.gov.hk/gia/general/202601/22/P1.htm', title: 'Official Title' };

const passage: CitationInput = {
  zh: '去年信息技術產業營收突破2萬億元。',
  en: 'Last year, revenue of the information technology industry exceeded 2 trillion yuan.',
  english: { track: 'duizhao' },
  speaker: { zh: '王茂慶', en: 'Wang Maoqing' },
  title: { zh: '標題', en: 'Title' },
  issuer: { zh: '山東省人民政府新聞辦公室', en: 'Information Office of the Shandong Provincial Government' },
  date: '2024-03-08',
  url: 'https://example.org/en/releases/x?script=hant#p-s4',
  sourceUrl: 'http://www.shandong.gov.cn/art/2024/3/8/art_1.html',
  accessed: '2026-12-01T10:00:00Z',
  locale: 'en',
};

describe('formatCitation', () => {
  test('plain: the speaker and quote, whose English it is, the source, the permalink and the access date', () => {
    expect(formatCitation(passage, 'plain', EN_WORDS).split('\n')).toEqual([
      'Wang Maoqing: “去年信息技術產業營收突破2萬億元。”',
      '“Last year, revenue of the information technology industry exceeded 2 trillion yuan.” (Duizhao translation)',
      '',
      'Information Office of the Shandong Provincial Government, “Title” (標題), March 8, 2024.',
      'Source: http://www.shandong.gov.cn/art/2024/3/8/art_1.html',
      'Duizhao: https://example.org/en/releases/x?script=hant#p-s4 (accessed December 1, 2026)',
    ]);
  });

  test('plain under a Chinese UI: Chinese words, corner quotes, full-width punctuation and a Chinese date', () => {
    const text = formatCitation({ ...passage, locale: 'zh-Hans', english: OFFICIAL }, 'plain', ZH_WORDS);
    expect(text).toContain('王茂慶：「去年信息技術產業營收突破2萬億元。」');
    // The publisher named in the UI's language.
    expect(text).toContain('”（官方英文版，香港特別行政區政府）');
    expect(text).toContain('官方英文版：https://www.info.gov.hk/gia/general/202601/22/P1.htm');
    expect(text).toContain('山東省人民政府新聞辦公室：《標題》（Title），2024年3月8日。');
    expect(text).toContain('来源：http://www.shandong.gov.cn/');
    expect(text).toContain('（访问于 2026年12月1日）');
  });

  test('Chicago and APA name the press release, its date and whose English is quoted: the official English by its own title and address', () => {
    const official = { ...passage, english: OFFICIAL };
    expect(formatCitation(official, 'chicago', EN_WORDS)).toContain(
      'Wang Maoqing, in Information Office of the Shandong Provincial Government, “Official Title” [標題], press release, March 8, 2024, http://www.shandong.gov.cn/art/2024/3/8/art_1.html; English quoted from the official English, Government of the Hong Kong SAR, https://www.info.gov.hk/gia/general/202601/22/P1.htm, as aligned in Duizhao, https://example.org/',
    );
    expect(formatCitation(official, 'apa', EN_WORDS)).toContain(
      'Information Office of the Shandong Provincial Government. (2024, March 8). Official Title [標題] [Press release; English: official English, Government of the Hong Kong SAR, https://www.info.gov.hk/gia/general/202601/22/P1.htm]. http://www.shandong.gov.cn/',
    );
    // Without a title of its own, the release's English title.
    expect(formatCitation({ ...official, english: { ...OFFICIAL, title: null } }, 'apa', EN_WORDS)).toContain('(2024, March 8). Title [標題]');
    // Duizhao's translation cites Duizhao only.
    expect(formatCitation(passage, 'chicago', EN_WORDS)).toContain('English quoted from the Duizhao translation, https://example.org/');
  });

  test('GB/T 7714 in Chinese: [EB/OL], publication and access dates', () => {
    expect(formatCitation(passage, 'gbt7714', ZH_WORDS)).toMatch(
      /山東省人民政府新聞辦公室\. 標題\[EB\/OL\]\. \(2024-03-08\)\[2026-12-01\]\. http:\/\/www\.shandong\.gov\.cn\/art\/2024\/3\/8\/art_1\.html\.$/,
    );
  });

  test('without a source address the permalink stands in; a passage with no English quotes only the Chinese', () => {
    for (const style of CITATION_STYLES) {
      const text = formatCitation({ ...passage, en: '', sourceUrl: null }, style, EN_WORDS);
      expect(text).toContain(passage.url);
      expect(text).not.toContain('“Last year');
    }
  });
});
