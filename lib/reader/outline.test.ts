import { expect, test } from 'vitest';
import { buildOutline } from './outline';

type Kind = 'lead' | 'heading' | 'paragraph' | 'question' | 'answer' | 'point';
const seg = (id: string, kind: Kind, speaker: string | null = null) => ({ id, kind, speaker, zh: `zh ${id}`, en: `en ${id}` });

test('the outline lists headings and questions in order, a question by who asks it', () => {
  const outline = buildOutline(
    [seg('lead', 'lead'), seg('s1-h', 'heading'), seg('s1', 'paragraph'), seg('q1', 'question', 'rep'), seg('a1', 'answer', 'wang'), seg('a1-1', 'point', 'wang')],
    { rep: { zh: '記者', en: 'Reporter' }, wang: { zh: '王', en: 'Wang' } },
  );
  expect(outline).toEqual([
    { id: 's1-h', kind: 'heading', zh: 'zh s1-h', en: 'en s1-h' },
    { id: 'q1', kind: 'question', zh: '記者', en: 'Reporter' },
  ]);
});

test('a question without a known speaker falls back to its text', () => {
  expect(buildOutline([seg('q1', 'question', 'ghost')], {})).toEqual([{ id: 'q1', kind: 'question', zh: 'zh q1', en: 'en q1' }]);
});
