import { TrackedBuilder, trackedLines, type TrackedText } from './tracked-text';

/**
 * Site furniture that scraped pages carry around the release. Every rule the importer applies is
 * here, each with a name the report shows and a test in boilerplate.test.ts. A rule sees one line
 * (annotations already stripped, punctuation not yet converted, so both `:` and `：`) and only
 * lines of at most MAX_LENGTH characters: a real paragraph that mentions 版權所有 is never removed.
 */
export type BoilerplateRule = { name: string; description: string; pattern: RegExp };

const MAX_LENGTH = 80;
const COLON = '[:：]';

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'comment-form',
    description: 'a comment form: nickname, captcha, "post a comment" fields',
    pattern: /昵稱|昵称|驗證碼|验证码|發表評論|发表评论|我要評論|我要评论|提交評論|提交评论|^(?:網友評論|网友评论)$/,
  },
  {
    name: 'comment-disclaimer',
    description: 'the comment section disclaimer',
    pattern: /(?:評論|评论).{0,6}(?:僅代表|仅代表|只代表)|(?:與|与)本站立場無關|(?:与|與)本站立场无关/,
  },
  {
    name: 'copyright',
    description: 'a copyright line',
    pattern: /版權所有|版权所有|^\s*(?:Copyright|©|\(c\))|all rights reserved/i,
  },
  {
    name: 'editor-credit',
    description: 'the editor, proofreader or reviewer credit',
    pattern: new RegExp(`^[\\s(（【\\[]*(?:責任編輯|责任编辑|責編|责编|編輯|编辑|審核|审核|校對|校对|監製|监制)\\s*${COLON}`),
  },
  {
    name: 'source-footer',
    description: 'a "source:" line naming where the text came from',
    pattern: new RegExp(`^[\\s(（【\\[]*(?:文章來源|文章来源|來源|来源|稿源|出處|出处)\\s*${COLON}[^。]{0,40}$`),
  },
  {
    name: 'original-title',
    description: 'a mirror\'s "original title:" line',
    pattern: new RegExp(`^[\\s(（【\\[]*(?:原標題|原标题|原題|原题)\\s*${COLON}`),
  },
  {
    name: 'page-tools',
    description: "the page's tool links and font switch: 下载 打印 全屏 收藏, 【字号：大 中 小】, 加大 还原 减小",
    pattern: new RegExp(
      `^[【\\[]?\\s*(?:(?:字號|字号|字體|字体)\\s*${COLON}?.*|(?:(?:下載|下载|打印|列印|全屏|收藏|加大|還原|还原|減小|减小|放大|縮小|缩小|默認|默认|[大中小])[\\s|]*)+)[】\\]]?$|^[【】\\[\\]]$`,
    ),
  },
  {
    name: 'spam',
    description: 'a line of spam keywords a mirror site stuffs in (adult video, gambling)',
    pattern:
      /(?:精品|高清|在线观看|在線觀看|成人|免费视频|免費視頻|激情|国产|國產|日韩|日韓|无码|無碼|av|彩票|博彩|娱乐城|娛樂城|亚洲|亞洲)(?:.*(?:精品|高清|在线观看|在線觀看|成人|免费视频|免費視頻|激情|国产|國產|日韩|日韓|无码|無碼|彩票|博彩|娱乐城|娛樂城|亚洲|亞洲)){2}/i,
  },
  {
    name: 'rule-line',
    description: 'a line drawn with dashes or underscores under a heading',
    pattern: /^[—―─━\-_=＝~～*＊·]{3,}$/,
  },
  {
    name: 'page-meta',
    description: 'publication time, view count or font-size switch of the page',
    pattern: new RegExp(
      `^(?:發布時間|发布时间|發佈時間|發表時間|发表时间|更新時間|更新时间|發布日期|发布日期)\\s*${COLON}\\s*\\d{4}|^(?:時間|时间|日期)\\s*${COLON}\\s*\\d{4}-\\d{1,2}-\\d{1,2}|(?:瀏覽次數|浏览次数|閱讀量|阅读量|閱讀次數|阅读次数|點擊數|点击数|點擊量|点击量|訪問量|访问量)\\s*${COLON}`,
    ),
  },
  {
    name: 'share-bar',
    description: 'share buttons',
    pattern: new RegExp(`^(?:分享到|分享${COLON})|(?:微信|微博|QQ空間|QQ空间|朋友圈|豆瓣).{0,6}(?:微信|微博|QQ空間|QQ空间|朋友圈|豆瓣)`),
  },
  {
    name: 'print-close',
    description: 'print, close-window and back-to-top links',
    pattern: /打印本頁|打印本页|關閉窗口|关闭窗口|[【[](?:打印|關閉|关闭|列印)[】\]]|返回頂部|返回顶部/,
  },
  {
    name: 'qr-code',
    description: 'a scan-the-QR-code prompt',
    pattern: /(?:掃一掃|扫一扫|掃描二維碼|扫描二维码).{0,20}(?:手機|手机|打開|打开|分享|關注|关注|閱讀|阅读)/,
  },
  {
    name: 'site-registration',
    description: 'ICP licence, public security filing and site identifier',
    pattern: /ICP[備备]|公網安備|公网安备|網站標識碼|网站标识码/,
  },
  {
    name: 'breadcrumb',
    description: 'the "you are here" path',
    pattern: new RegExp(`^(?:當前位置|当前位置|您的位置|您現在的位置|您现在的位置)\\s*${COLON}|^(?:首頁|首页)\\s*[>›»]`),
  },
  {
    name: 'related-links',
    description: 'a "related articles" heading',
    pattern: new RegExp(`^(?:相關閱讀|相关阅读|相關新聞|相关新闻|相關鏈接|相关链接|相關報道|相关报道|相關文章|相关文章|延伸閱讀|延伸阅读)\\s*${COLON}?$`),
  },
];

/** The first rule a line matches, if any. */
export function matchBoilerplate(line: string): BoilerplateRule | undefined {
  if (line.length > MAX_LENGTH) return undefined;
  return BOILERPLATE_RULES.find((rule) => rule.pattern.test(line));
}

export type BoilerplateRemoval = { rule: string; at: number; text: string };

/** Drops whole lines that a rule matches. */
export function removeBoilerplate(source: TrackedText): { text: TrackedText; removed: BoilerplateRemoval[] } {
  const out = new TrackedBuilder();
  const removed: BoilerplateRemoval[] = [];
  let lastEnd = -1; // end of the last line kept; its newline goes with it
  for (const line of trackedLines(source)) {
    const rule = matchBoilerplate(line.text);
    if (rule) {
      removed.push({ rule: rule.name, at: source.origin[line.start], text: line.text });
      continue;
    }
    if (lastEnd !== -1) out.copy(source, lastEnd, lastEnd + 1);
    out.copy(source, line.start, line.end);
    lastEnd = line.end;
  }
  return { text: out.build(source.origin[source.text.length]), removed };
}
