import { describe, expect, test } from 'vitest';
import { noteInputSchema, notePatchSchema } from './schema';

const valid = { term: '專精特新', body: 'A note.', visibility: 'shared' };
const fieldOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues[0].path.join('.');

describe('noteInputSchema', () => {
  test('trims, defaults to private and clears an empty English', () => {
    expect(noteInputSchema.parse({ term: '  专精特新 ', body: ' x ', english: '  ' })).toEqual({
      term: '专精特新',
      body: 'x',
      english: null,
      visibility: 'private',
    });
  });

  test.each([
    ['30 Han characters', { term: '專'.repeat(30) }],
    ['30 astral Han characters (60 UTF-16 units)', { term: '𠀀'.repeat(30) }],
    ['mixed script with one Han character', { term: 'SRDI 企业' }],
    ['5,000-character body', { body: '字'.repeat(5000) }],
    ['200-character English', { english: 'e'.repeat(200) }],
  ])('accepts %s', (_, override) => {
    expect(noteInputSchema.safeParse({ ...valid, ...override }).success).toBe(true);
  });

  test.each([
    ['term', { term: '' }],
    ['term', { term: '   ' }],
    ['term', { term: '專'.repeat(31) }],
    ['term', { term: 'SRDI' }],
    ['term', { term: '<script>' }],
    ['term', { term: 42 }],
    ['body', { body: '' }],
    ['body', { body: ' \n ' }],
    ['body', { body: '字'.repeat(5001) }],
    ['english', { english: 'e'.repeat(201) }],
    ['visibility', { visibility: 'public' }],
    // Half a surrogate pair would be stored as U+FFFD: refused, naming the field.
    ['term', { term: '新\ud800' }],
    ['term', { term: '\udc00新' }],
    ['body', { body: 'note \ud83d' }],
    ['english', { english: 'x\udfff' }],
  ])('refuses a bad %s', (field, override) => {
    expect(fieldOf(noteInputSchema.safeParse({ ...valid, ...override }))).toBe(field);
  });

  test('a whole surrogate pair (an astral character) is text', () => {
    expect(noteInputSchema.safeParse({ ...valid, term: '𠮷野', body: '👩‍💻' }).success).toBe(true);
  });

  test('refuses a missing body', () => {
    expect(fieldOf(noteInputSchema.safeParse({ term: '專精特新' }))).toBe('body');
  });
});

describe('notePatchSchema', () => {
  test('takes any one field', () => {
    expect(notePatchSchema.parse({ visibility: 'private' })).toEqual({ visibility: 'private' });
    expect(notePatchSchema.parse({ english: '' })).toEqual({ english: null });
  });

  test.each([[{}], [{ unknown: 1 }]])('refuses a patch that changes nothing: %j', (patch) => {
    expect(fieldOf(notePatchSchema.safeParse(patch))).toBe('input');
  });

  test('validates the fields it has', () => {
    expect(fieldOf(notePatchSchema.safeParse({ term: 'abc' }))).toBe('term');
  });
});
