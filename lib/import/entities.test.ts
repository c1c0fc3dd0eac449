import { expect, test } from 'vitest';
import { decodeEntities } from './entities';

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
])('decodeEntities(%j) = %j', (input, output) => expect(decodeEntities(input)).toBe(output));
