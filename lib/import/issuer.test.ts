import { describe, expect, test } from 'vitest';
import { findIssuer, type IssuerHints } from './issuer';

const hints = (partial: Partial<IssuerHints>): IssuerHints => ({ bylines: [], headerTexts: [], leadTexts: [], ...partial });

describe('findIssuer', () => {
  test.each([
    ['a governor’s byline', hints({ bylines: ['山东省省长 周乃翔'], headerTexts: ['来源：大众日报'] }), '山东省人民政府'],
    ['a meta tag', hints({ metaIssuer: '国务院办公厅', siteName: '中国政府网' }), '国务院办公厅'],
    ['a source line', hints({ headerTexts: ['发布时间:2024-05-20 09:30 来源:某某省人民政府新闻办公室'] }), '某某省人民政府新闻办公室'],
    ['a press office in the lead', hints({ leadTexts: ['3月8日下午，山東省人民政府新聞辦公室舉行新聞發布會'] }), '山東省人民政府新聞辦公室'],
    ['the State Council Information Office', hints({ leadTexts: ['國務院新聞辦公室今天舉行發布會'] }), '國務院新聞辦公室'],
    ['a release issued for another body', hints({ leadTexts: ['下稿代香港金融管理局發出︰'] }), '香港金融管理局'],
    ['a ministry’s spokesperson in the title', hints({ leadTexts: ['2024年6月17日外交部發言人林劍主持例行記者會'] }), '外交部'],
    ['a department opening the lead', hints({ leadTexts: ['運輸署今日（一月二十二日）公布，智慧交通基金已批出項目。'] }), '運輸署'],
    ['a department with its short name', hints({ leadTexts: ['政府統計處（統計處）今日（一月二十二日）公布消費物價指數。'] }), '政府統計處'],
    ['the site’s name', hints({ leadTexts: ['当地时间2019年2月15日，杨洁篪会见卢森堡外交大臣。'], siteName: '中华人民共和国外交部' }), '中华人民共和国外交部'],
    ['nothing', hints({ leadTexts: ['市政府舉行記者會'] }), undefined],
  ])('%s', (_, input, expected) => expect(findIssuer(input)).toBe(expected));
});
