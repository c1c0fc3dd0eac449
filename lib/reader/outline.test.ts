import { expect, test } from 'vitest';
import { buildOutline } from './outline';

test('the outline lists headings and questions in order, nothing else', () => {
  const seg = (id: string, kind: 'lead' | 'heading' | 'paragraph' | 'question' | 'answer' | 'point') => ({ id, kind, zh: `zh ${id}`, en: `en ${id}` });
  const outline = buildOutline([seg('lead', 'lead'), seg('s1-h', 'heading'), seg('s1', 'paragraph'), seg('q1', 'question'), seg('a1', 'answer'), seg('a1-1', 'point')]);
  expect(outline).toEqual([
    { id: 's1-h', kind: 'heading', zh: 'zh s1-h', en: 'en s1-h' },
    { id: 'q1', kind: 'question', zh: 'zh q1', en: 'en q1' },
  ]);
});
