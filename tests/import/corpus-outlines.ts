import type { Region, ReleaseKind, SegmentKind, SourceScript } from '@/lib/core/text';

// What each document of ../shared/corpus/ holds, read from the source by hand: its title (line 1,
// or the page's <title> without the site), its date line, who issued it, the parts its lines make
// and how its text begins and ends. The corpus test checks the importer against these.

export type Outline = {
  file: string;
  title?: string;
  date?: string;
  issuer?: string;
  kind: ReleaseKind;
  region: Region;
  sourceScript: SourceScript;
  /** Segments per kind; kinds not listed are absent. */
  kinds: Partial<Record<SegmentKind, number>>;
  /** Headings per level, where the document has numbered ones. */
  levels?: Record<number, number>;
  speakers?: string[];
  /** The first segment starts with `first`; the last ends with `last`. */
  first: string;
  last: string;
  damage?: string[];
};

const MFA = '中华人民共和国外交部';
// An MFA page: its paragraphs, the first a lead; the site's chrome none of them.
const mfa = (file: string, title: string, date: string, issuer: string, paragraphs: number, first: string, last: string, kind: ReleaseKind = 'news-release'): Outline => ({
  file: `mainland/${file}`,
  title,
  date,
  issuer,
  kind,
  region: 'mainland',
  sourceScript: 'hans',
  kinds: paragraphs > 1 ? { lead: 1, paragraph: paragraphs - 1 } : { lead: 1 },
  first,
  last,
});
// A Hong Kong release: line 1 the headline, no year in the text.
const hk = (file: string, title: string, issuer: string | undefined, kinds: Outline['kinds'], first: string, last: string, extra: Partial<Outline> = {}): Outline => ({
  file: `hongkong/${file}.zh.txt`,
  title,
  issuer,
  kind: 'news-release',
  region: 'hongkong',
  sourceScript: 'hant',
  kinds,
  first,
  last,
  ...extra,
});
const NO1: Omit<Outline, 'file'> = {
  title: '中共中央 国务院关于实施乡村振兴战略的意见',
  date: '2018-01-02',
  issuer: '中共中央 国务院',
  kind: 'policy-document',
  region: 'mainland',
  sourceScript: 'hans',
  // 12 parts 一、…十二、 and 49 sub-parts （一）…, 48 of them with their text on the same line
  // (（三）基本原则 stands alone); 23 more paragraphs, the last the closing call.
  kinds: { subtitle: 1, lead: 1, heading: 61, paragraph: 72 },
  levels: { 1: 12, 2: 49 },
  first: '（2018年1月2日）',
  last: '作出新的贡献！',
};
const TIME_INTERVIEW: Omit<Outline, 'file'> = {
  title: '總統接受「時代雜誌」（TIME）專訪內容',
  date: '2024-06-13',
  kind: 'interview',
  region: 'taiwan',
  sourceScript: 'hant',
  // 18 問： questions, each answered by 總統：, the answers running on over 15 more paragraphs.
  kinds: { subtitle: 1, lead: 1, paragraph: 1, question: 18, answer: 33, point: 2 },
  speakers: ['問', '總統'],
  first: '113年06月13日',
  last: '都可以實現他們的理想、為國家奉獻。',
};

export const OUTLINES: Outline[] = [
  { file: 'mainland/cpc-sc-2018-no1-rural-revitalization.txt', ...NO1 },
  { file: 'mainland/cpc-sc-2018-no1-rural-revitalization.gbk.txt', ...NO1 },
  mfa('fmprc-2019-02-16-1638430.html', '杨洁篪会见卢森堡外交大臣阿瑟伯恩', '2019-02-16', MFA, 4, '当地时间2019年2月15日', '为欧中关系发展提供新动力。'),
  mfa('fmprc-2019-02-16-1638467.html', '德国总理默克尔会见杨洁篪', '2019-02-16', MFA, 3, '当地时间2019年2月16日', '继续提供公平的政策环境。'),
  {
    ...mfa('fmprc-2019-02-17-1638504.html', '杨洁篪出席第55届慕尼黑安全会议并发表主旨演讲', '2019-02-17', MFA, 12, '当地时间2019年2月16日', '国际组织负责人与会。', 'speech'),
    kinds: { lead: 1, paragraph: 7, point: 4 }, // 第一，… 第四，: the speech's four points
  },
  {
    ...mfa('fmprc-2019-02-17-1638506.html', '杨洁篪在第55届慕尼黑安全会议上的主旨演讲（全文）', '2019-02-17', MFA, 0, '倡导国际合作，维护多边主义，', '谢谢大家！', 'speech'),
    // The speech's own headline (two lines), its —— subtitle and date line; office and name; four points.
    kinds: { subtitle: 4, byline: 2, lead: 1, paragraph: 19, point: 4 },
  },
  mfa(
    'fmprc-2019-12-10-1722968.html',
    '驻摩洛哥使馆妇女小组参加2019年使团慈善义卖',
    '2019-12-10',
    '驻摩洛哥使馆',
    4,
    '岁末年终，拉巴特洋溢着节日的氛围。',
    '团结互助的人道主义精神。',
  ),
  mfa('fmprc-2019-12-20-1726581.html', '幼吾幼以及人之幼', '2019-12-20', '驻印度使馆', 3, '2019年12月20 日，驻印度大使夫人包吉氢', '”包吉氢说。'),
  mfa(
    'fmprc-2020-01-09-1730685.html',
    '驻巴基斯坦使馆妇女小组与巴海军妇女协会交流',
    '2020-01-09',
    '驻巴基斯坦使馆',
    4,
    '2020年1月9日，驻巴基斯坦大使夫人楼新宇',
    '与协会成员进行了友好交流。',
  ),
  mfa(
    'fmprc-2020-01-31-1739883.html',
    '驻英国大使夫人胡平华出席肯辛顿韦德预备学校庆祝中国农历新春活动',
    '2020-01-31',
    '驻英国使馆',
    7,
    '2020年1月29日，驻英国大使夫人',
    '并赠送中文书籍等礼品。',
  ),
  mfa('fmprc-2020-02-24-1748893.html', '同心战“疫”，为爱加油', '2020-02-24', '驻津巴布韦使馆', 6, '当前，国际社会密切关注新冠肺炎疫情发展', '为中国加油，为武汉加油。'),
  mfa(
    'fmprc-2020-03-03-1752523.html',
    '驻摩尔多瓦大使夫人张艳军出席医疗机构慈善项目捐赠仪式',
    '2020-03-03',
    '驻摩尔多瓦使馆',
    4,
    '2020年3月3日，驻摩尔多瓦大使夫人张艳军',
    '共同接受当地电视台采访。',
  ),
  mfa(
    'fmprc-2020-03-07-1753325.html',
    '驻巴西使馆妇女小组出席巴西利亚植物园成立35周年纪念活动',
    '2020-03-07',
    '驻巴西使馆',
    4,
    '2020年3月6日，为庆祝“三八”国际妇女节',
    '增强公众生态环保意识。',
  ),
  mfa('fmprc-2020-03-10-1753942.html', '驻文莱使馆妇女小组积极参加文“国际妇女节”公益活动', '2020-03-10', '驻文莱使馆', 2, '2020年3月8日，驻文莱使馆妇女小组', '进行了联欢、畅谈。'),
  mfa(
    'fmprc-2020-05-25-1782501.html',
    '驻阿联酋大使夫人韦建琪参加驻阿使团夫人协会开斋节送祝福活动',
    '2020-05-25',
    '驻阿联酋使馆',
    2,
    '为庆祝伊斯兰教的重要节日—开斋节',
    '抗击新冠疫情做出贡献。',
  ),
  mfa(
    'fmprc-2020-06-03-1785247.html',
    '驻阿根廷大使夫人宁懿出席庆祝“六一”“致敬抗疫英雄”主题交流活动',
    '2020-06-03',
    '驻阿根廷使馆',
    5,
    '2020年6月1日，为庆祝“六一”国际儿童节',
    '世界观很有帮助。',
  ),
  mfa(
    'fmprc-2020-06-25-1792207.html',
    '驻英国大使夫人胡平华主办线上礼仪讲座',
    '2020-06-25',
    '驻英国使馆',
    5,
    '2020年6月22日，驻英国使馆妇女小组举办线上礼仪讲座',
    '已经忘记了地理上的距离。',
  ),
  mfa(
    'fmprc-2020-07-23-1800035.html',
    '驻孔敬总领事夫人吕小莉出席孔敬东盟妇女协会布施5周年纪念活动',
    '2020-07-23',
    '驻孔敬总领事馆',
    3,
    '2020年7月22日，驻孔敬总领事夫人吕小莉',
    '对慈善事业的大力支持。',
  ),
  {
    file: 'mainland/gwr-2026-shandong.txt',
    title: '2026年山东省政府工作报告',
    date: '2026-01-27',
    issuer: '山东省人民政府',
    kind: 'work-report',
    region: 'mainland',
    sourceScript: 'hans',
    // 下载 打印 全屏 收藏 【字号： 加大 还原 减小 】, 来源, 时间 and 相关报道 are chrome; 3 parts, 6 + 10 sub-parts.
    kinds: { subtitle: 1, byline: 1, lead: 1, heading: 19, paragraph: 44 },
    levels: { 1: 3, 2: 16 },
    first: '——2026年1月27日在山东省第十四届人民代表大会第四次会议上',
    last: '民族复兴伟业作出更大贡献！',
  },
  {
    file: 'mainland/gwr-2026-hainan.txt',
    title: '政府工作报告',
    date: '2026-01-27',
    issuer: '海南省人民政府',
    kind: 'work-report',
    region: 'mainland',
    sourceScript: 'hans',
    // 28 notes under 注释, each a term line ［n］…： and its definition.
    kinds: { subtitle: 1, byline: 1, lead: 1, heading: 15, paragraph: 184, note: 56 },
    first: '——2026年1月27日在海南省第七届人民代表大会第五次会议上',
    last: '海南自由贸易港法规制定权。',
  },
  {
    file: 'mainland/gwr-2026-guangdong.txt',
    title: '政府工作报告',
    date: '2026-01-26',
    issuer: '广东省人民政府',
    kind: 'work-report',
    region: 'mainland',
    sourceScript: 'hans',
    // The subtitle broken over two lines; 13 glossary notes (term and definition) under 名词解释.
    kinds: { subtitle: 2, byline: 1, lead: 1, heading: 33, paragraph: 133, point: 11, note: 26 },
    first: '——2026年1月26日在广东省第十四届',
    last: '建设的宗海。',
  },
  ...(
    [
      ['president-tw-2001-10-26-2079.txt', '總統新書《世紀首航—政黨輪替五百天的沈思》－政權移交關鍵一百天', '2001-10-26', '總統府公共事務室', '90年10月26日', '（Ｅ）'],
      ['president-tw-2008-01-18-11956.txt', '總統結束「睦誼共隆、永續發展之旅」返抵國門', '2008-01-18', undefined, '97年01月18日', '祝大家身體健康、萬事如意。'],
      ['president-tw-2016-01-13-20116.txt', '總統接見紐約大學法學院院長莫里森（Trevor Morrison）', '2016-01-13', undefined, '105年01月13日', '國家安全會議副秘書長高振群也在座。'],
    ] as const
  ).map(([file, title, date, issuer, first, last]): Outline => ({
    file: `taiwan/${file}`,
    title,
    date,
    issuer,
    kind: 'news-release',
    region: 'taiwan',
    sourceScript: 'hant',
    kinds: { subtitle: 1, lead: 1 }, // the whole text is one line
    first,
    last,
  })),
  {
    file: 'taiwan/president-tw-2020-01-01-25159.txt',
    title: '總統：2020年讓更多人感受到照顧，讓經濟更好，讓臺灣民主、自由跟主權穩固永續',
    date: '2020-01-01',
    kind: 'news-release',
    region: 'taiwan',
    sourceScript: 'hant',
    kinds: { subtitle: 1, lead: 1, paragraph: 50, point: 4 },
    first: '109年01月01日',
    last: '造成社會的對立。',
  },
  {
    file: 'taiwan/president-tw-2023-01-01-27218.txt',
    title: '2023年執政四項重要任務　總統：照顧人民生活、維持經濟動能、守護國家安全、善盡區域責任',
    date: '2023-01-01',
    kind: 'news-release',
    region: 'taiwan',
    sourceScript: 'hant',
    kinds: { subtitle: 1, lead: 1, paragraph: 49, point: 1 },
    first: '112年01月01日',
    last: '總統府秘書長李大維等亦在場陪同。',
  },
  { file: 'taiwan/president-tw-2024-06-13-28493.txt', ...TIME_INTERVIEW },
  { file: 'taiwan/president-tw-2024-06-13-28493.big5.txt', ...TIME_INTERVIEW },
  hk(
    'hk20260121_lamma_collision_inquest',
    '政府回應二○一二年南丫島附近撞船事故死因研訊判辭',
    undefined,
    { lead: 1, paragraph: 3 },
    '死因裁判法庭（死因庭）今日',
    '政府會繼續審視相關判辭。',
  ),
  hk('hk20260121_lcq1_digital_education', '立法會一題：推動數字教育', undefined, { lead: 1, question: 4, answer: 15 }, '以下是今日（一月二十一日）在立法會會議上', '多謝主席。', {
    kind: 'press-conference',
    speakers: ['問題', '答覆'],
  }),
  // Four sub-headings, each underlined by a rule line (removed); four lists of 7, 5, 9 and 10 items.
  hk(
    'hk20260122_chp_cold_weather',
    '天氣寒冷市民應注意健康',
    '衞生署衞生防護中心',
    { lead: 1, heading: 4, paragraph: 12, item: 31 },
    '衞生署衞生防護中心（中心）今日',
    '或瀏覽關顧長者天氣資訊。',
  ),
  hk('hk20260122_cpi_dec2025', '二零二五年十二月份消費物價指數', '政府統計處', { lead: 1, heading: 2, paragraph: 12 }, '政府統計處（統計處）今日', 'cpi@censtatd.gov.hk。'),
  hk('hk20260122_edb_expo', '教育局參與教育及職業博覽2026（附圖）', '教育局', { lead: 1, paragraph: 6 }, '教育局今日（一月二十二日）起一連四日', 'recruitment/index.html。'),
  hk(
    'hk20260122_hkma_taxonomy_2a',
    '金管局發布第2A階段《香港可持續金融分類目錄》',
    '香港金融管理局',
    { lead: 1, paragraph: 6 },
    '下稿代香港金融管理局發出︰',
    '及諮詢報告載於金管局網站。',
  ),
  hk(
    'hk20260122_hkpf_phishing_sms',
    '警務處呼籲市民提防釣魚短訊及偽冒「電子交通告票平台」網站（附圖）',
    '警務處',
    { lead: 1, paragraph: 5, item: 3 },
    '警務處今日（一月二十二日）呼籲市民',
    '其他結尾均非政府網站。',
  ),
  hk(
    'hk20260122_kai_tak_concert_traffic',
    '啟德主場館一月二十四至二十六日演唱會特別交通及運輸安排',
    '運輸署',
    { lead: 1, paragraph: 4 },
    '運輸署今日（一月二十二日）表示',
    '發放的最新交通消息。',
  ),
  hk('hk20260122_red_flags_beaches', '銀線灣泳灘及清水灣第二灣泳灘懸掛紅旗', undefined, { lead: 1, paragraph: 2 }, '電台及電視台當值宣布員注意：', '市民請勿在該處游泳。'),
  hk(
    'hk20260122_smart_traffic_fund',
    '智慧交通基金批出四個項目',
    '運輸署',
    { lead: 1, paragraph: 5, item: 4 },
    '運輸署今日（一月二十二日）公布',
    '與基金秘書處香港生產力促進局聯絡。',
  ),
  {
    file: 'mirrors/mfa-2024-06-17-presscon-zxljss-mirror-pinyin.txt',
    title: '2024年6月17日外交部發言人林劍主持例行記者會',
    date: '2024-06-17',
    issuer: '外交部',
    kind: 'press-conference',
    region: 'mainland',
    sourceScript: 'hans', // 將于, 并訪問: a naive converter's Traditional
    // The spam line removed; two announcements, a question answered over two paragraphs, a question cut off.
    kinds: { subtitle: 1, lead: 1, paragraph: 1, question: 2, answer: 2 },
    speakers: ['總臺央視記者', '林劍', '東方衛視記者'],
    first: '2024-06-17 19:20',
    last: '韓方應妥善把握對華關',
  },
  {
    file: 'mirrors/mfa-2024-10-presscon-82559-mirror-gbk-damage.txt',
    kind: 'press-conference',
    region: 'mainland',
    sourceScript: 'hans', // 沖突, 呼吁, 建筑, 采取, 防御
    // Opens with a question; four questions, 毛寧's four answers, the last over two paragraphs.
    kinds: { question: 4, answer: 5 },
    speakers: ['總臺央視記者', '毛寧', '韓聯社記者', '中阿衛視記者', '《中國日報》記者'],
    first: '據報道，以色列計劃對伊朗展開重大報復行動',
    last: '堅持客觀公正，',
    damage: ['?;鹬贡'],
  },
];
