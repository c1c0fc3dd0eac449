import { expect, test } from 'vitest';
import { readEntity } from './entities';

/** Text with each reference replaced, as htmlToText reads them. */
function decode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const entity = text[i] === '&' ? readEntity(text, i) : null;
    out += entity ? entity.value : text[i];
    i += entity ? entity.length : 1;
  }
  return out;
}

test.each([
  ['a &amp; b', 'a & b'],
  ['&lt;p&gt;', '<p>'],
  ['&ldquo;兩會&rdquo;', '“兩會”'],
  ['&#20013;&#x6587;', '中文'],
  ['&#X4E2D;', '中'],
  ['a&nbsp;b', 'a\u00a0b'],
  ['AT&T', 'AT&T'],
  ['?a=1&copy=2', '?a=1&copy=2'],
  ['&unknown;', '&unknown;'],
  ['&#0;', '\ufffd'],
  ['&#xD800;', '\ufffd'],
  ['&#99999999;', '\ufffd'],
])('%j reads as %j', (input, output) => expect(decode(input)).toBe(output));
