import { describe, expect, test } from 'vitest';
import { BOILERPLATE_RULES, matchBoilerplate, removeBoilerplate } from './boilerplate';
import { trackIdentity } from './tracked-text';

// Each rule's examples: lines it must remove.
const EXAMPLES: Record<string, string[]> = {
  'comment-form': ['昵稱 驗證碼 請輸入正確驗證碼', '昵称 验证码 请输入正确验证码', '我要评论', '發表評論', '网友评论'],
  'comment-disclaimer': ['所有評論僅代表網友意見,與本站立場無關', '所有评论仅代表网友意见，与本站立场无关', '網友評論只代表其個人觀點'],
  copyright: ['版權所有：山東省人民政府辦公廳', '版权所有 © 2024 某某市人民政府', 'Copyright © 2024 www.example.gov.cn', 'All Rights Reserved'],
  'editor-credit': ['責任編輯：張三', '(责任编辑:李四)', '【编辑：王五】', '審核:趙六'],
  'source-footer': ['來源：大眾日報', '来源:山东省人民政府新闻办公室', '(稿源：新华社)', '文章来源：外交部网站'],
  'page-meta': ['發布時間：2024-03-08 10:21', '发布时间:2024年03月08日 来源：省政府', '时间：2026-02-01', '浏览次数：1024', '访问量：3321'],
  'page-tools': [
    '下载',
    '打印',
    '全屏',
    '收藏',
    '【字号：',
    '加大',
    '还原',
    '减小',
    '】',
    '字号：大 中 小',
    '【字号：大 中 小】',
    '[字体：大 中 小] 打印本页',
    '下载 打印 全屏 收藏',
  ],
  'original-title': ['原标题：外交部发言人答记者问', '【原標題：總統接見訪賓】'],
  spam: ['欧美精品高清在线观看,欧美激情综合亚洲一二区,在线看片成人免费视频,欧美日韩精品乱国产'],
  'rule-line': ['————————', '-----', '＿＿＿'.replace(/＿/g, '_')],
  'share-bar': ['分享到：', '分享到:微信 微博 QQ空间', '微信 微博 朋友圈'],
  'print-close': ['【打印本頁】【關閉窗口】', '[打印] [关闭]', '返回顶部'],
  'qr-code': ['扫一扫在手机打开当前页', '掃一掃分享本頁'],
  'site-registration': ['魯ICP備05017438號', '京公网安备 11010502030143号', '网站标识码：3700000063'],
  breadcrumb: ['當前位置：首頁 > 新聞發布', '您现在的位置：首页 > 政务公开', '首页 > 新闻中心 > 正文'],
  'related-links': ['相關閱讀', '相关新闻：', '相关报道：'],
};

describe('boilerplate rules', () => {
  test('every rule has examples here, and every example names a rule', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(BOILERPLATE_RULES.map((r) => r.name).sort());
  });

  test.each(Object.entries(EXAMPLES).flatMap(([rule, lines]) => lines.map((line) => [rule, line])))('%s removes %s', (rule, line) =>
    expect(matchBoilerplate(line)?.name).toBe(rule),
  );

  test.each([
    '3月8日下午，山東省人民政府新聞辦公室舉行新聞發布會。',
    '一、建強頂格推進體系，支撐保障更加有力。',
    '王茂慶：工業是創新最活躍的領域。',
    '山東廣播電視臺記者：',
    '數據來源於國家統計局，覆蓋全省16市。',
    '今年力爭新增“上云用數賦智”中小企業15萬家以上。',
    '時間：2024年3月8日',
    '大眾日報·大眾新聞客戶端記者：',
    '大力提振消費。',
    '評論',
    '中国高清电视频道今日开播。',
  ])('keeps %s', (line) => expect(matchBoilerplate(line)).toBeUndefined());

  test('never removes a long paragraph, whatever it mentions', () => {
    const long = `本站所有內容版權所有，${'推動新型工業化取得一系列突破性進展。'.repeat(5)}`;
    expect(long.length).toBeGreaterThan(80);
    expect(matchBoilerplate(long)).toBeUndefined();
  });
});

describe('removeBoilerplate', () => {
  test('drops matching lines and reports rule, text and offset', () => {
    const text = '正文第一段。\n責任編輯：張三\n正文第二段。\n版權所有：某某';
    const { text: kept, removed } = removeBoilerplate(trackIdentity(text));
    expect(kept.text).toBe('正文第一段。\n正文第二段。');
    expect(removed).toEqual([
      { rule: 'editor-credit', at: 7, text: '責任編輯：張三' },
      { rule: 'copyright', at: 22, text: '版權所有：某某' },
    ]);
    expect(text.slice(7, 14)).toBe('責任編輯：張三');
  });
});
