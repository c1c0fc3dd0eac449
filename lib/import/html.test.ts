import { describe, expect, test } from 'vitest';
import { declaredCharset, htmlToText, looksLikeHtml } from './html';

const text = (html: string) => htmlToText(html).text.text;

describe('htmlToText', () => {
  test.each([
    ['<p>第一段。</p><p>第二段。</p>', '第一段。\n第二段。'],
    ['<div>一<br>二<br/>三</div>', '一\n二\n三'],
    ['<ul><li>一是</li><li>二是</li></ul>', '一是\n二是'],
    ['<h1>標題</h1><h2>小標題</h2>正文', '標題\n小標題\n正文'],
    ['<p>前<script>var x = "<p>不是</p>";</script>後</p>', '前後'],
    ['<style>p { color: red }</style><p>正文</p>', '正文'],
    ['<p>看<!-- <p>注釋</p> -->見</p>', '看見'],
    ['<p>&ldquo;兩會&rdquo; &amp; 5&lt;6</p>', '“兩會” & 5<6'],
    ['<p><span>中</span><b>文</b></p>', '中文'],
    ['<p>中文\n  換行</p>', '中文換行'],
    ['<p>出台政策10条,\n支持企业</p>', '出台政策10条,支持企业'],
    ['<p>digital\n  transformation</p>', 'digital transformation'],
    ['<p>昵稱 驗證碼</p>', '昵稱 驗證碼'],
    ['<p>a < b</p>', 'a < b'],
    ['<p title="x>y">正文</p>', '正文'],
    ['<p>未閉合的標籤 <div', '未閉合的標籤 <div'],
    ['<p>當x<y時,a>b</p>', '當xb'], // as a browser reads it: <y時,a> is a tag
    ['<p>斷開的<a href="x</p>', '斷開的<a href="x'],
    ['<p>前<script>不關閉', '前'],
  ])('%j → %j', (html, expected) => expect(text(html).replace(/\n+/g, '\n').trim()).toBe(expected));

  test('broken markup costs linear time', () => {
    const started = performance.now();
    const result = text('<a "'.repeat(500_000) + '<p title="' + 'x'.repeat(2_000_000));
    expect(result.length).toBeGreaterThan(2_000_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('origins point into the HTML source', () => {
    const html = '<p>甲&amp;乙</p>';
    const { text: out } = htmlToText(html);
    expect(out.text.trim()).toBe('甲&乙');
    const at = out.text.indexOf('乙');
    expect(html[out.origin[at]]).toBe('乙');
    expect(html.slice(out.origin[at - 1], out.origin[at - 1] + 5)).toBe('&amp;');
  });
});

describe('looksLikeHtml', () => {
  test.each([
    ['<!DOCTYPE html><html>', true],
    ['  <html lang="zh">', true],
    ['<p>一</p><p>二</p>', true],
    ['正文<br>正文<br>', true],
    ['3月8日下午，山東省人民政府新聞辦公室舉行新聞發布會', false],
    ['a < b and c > d', false],
  ])('%j → %s', (input, expected) => expect(looksLikeHtml(input)).toBe(expected));
});

describe('declaredCharset', () => {
  test.each([
    ['<meta charset="gbk">', 'gbk'],
    ["<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>", 'gb2312'],
    ['<meta charset=big5>', 'big5'],
    ['<p>no meta</p>', undefined],
  ])('%s → %s', (html, charset) => expect(declaredCharset(new TextEncoder().encode(html))).toBe(charset));
});
