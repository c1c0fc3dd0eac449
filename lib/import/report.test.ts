import { expect, test } from 'vitest';
import { importDocument } from './index';
import { formatReport } from './report';

test('the report names encoding, script, every step with counts and lines, and each damaged spot', () => {
  const text = ['3月8日下午,新聞發(fā)布會(huì)舉行。', '在減量?jī)?yōu)化方面,持續推進。', '責任編輯:張三'].join('\n');
  const report = formatReport(importDocument(new TextEncoder().encode(text)), 'in.txt');
  expect(report).toContain('Import report: in.txt (');
  expect(report).toContain('encoding     utf-8, by valid UTF-8, confidence 0.99');
  expect(report).toMatch(/script {7}hant: \d+ Traditional-only and 0 Simplified-only/);
  expect(report).toContain('annotations  2 stripped; lines 1:2');
  expect(report).toContain('punctuation  2 made full-width (,→， 2); lines 1:1 2:1');
  expect(report).toContain(`line 3 (offset ${text.indexOf('責')}) by editor-credit: 責任編輯:張三`);
  expect(report).toContain('Damage: 1 spot(s)');
  expect(report).toContain(`line 2, column 4 (offset ${text.indexOf('?')}), segment p-2: "?jī)?yōu)" in …在減量⟦?jī)?yōu)⟧化方面，持續推進。…`);
});
