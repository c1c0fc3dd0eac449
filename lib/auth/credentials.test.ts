import { describe, expect, test } from 'vitest';
import { fieldIssues, signInSchema, signUpSchema } from './credentials';

const valid = { name: 'Lin Wei', email: 'lin@example.org', password: 'correct horse' };
const issues = (schema: typeof signUpSchema | typeof signInSchema, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldIssues(result.error);
};

describe('sign-up', () => {
  test('a valid form parses, trimmed and with the email lower-cased', () => {
    expect(signUpSchema.parse({ ...valid, name: '  Lin Wei ', email: ' Lin@Example.ORG ' })).toEqual(valid);
  });

  test.each([
    ['an empty name', { name: '   ' }, { name: 'nameLength' }],
    ['a 61-character name', { name: 'x'.repeat(61) }, { name: 'nameLength' }],
    ['a name with a control character', { name: 'a\u0000b' }, { name: 'nameLength' }],
    ['a bad email', { email: 'lin@' }, { email: 'emailInvalid' }],
    ['a 9-character password', { password: '123456789' }, { password: 'passwordTooShort' }],
    ['a 129-character password', { password: 'p'.repeat(129) }, { password: 'passwordTooLong' }],
    ['several faults', { name: '', email: 'x', password: 'y' }, { name: 'nameLength', email: 'emailInvalid', password: 'passwordTooShort' }],
  ])('%s is reported on its field', (_label, change, expected) => {
    expect(issues(signUpSchema, { ...valid, ...change })).toEqual(expected);
  });

  test.each([
    ['60 characters', 'x'.repeat(60)],
    ['Chinese', '林偉'],
    ['markup, kept as text', '<img src=x onerror=alert(1)>'],
  ])('a name of %s is accepted', (_label, name) => {
    expect(signUpSchema.parse({ ...valid, name }).name).toBe(name);
  });
});

describe('sign-in', () => {
  test.each([
    ['an empty password', { password: '' }, { password: 'passwordRequired' }],
    ['a short password (the rule may have changed since sign-up)', { password: 'short' }, {}],
    ['a bad email', { email: 'nope' }, { email: 'emailInvalid' }],
  ])('%s', (_label, change, expected) => {
    expect(issues(signInSchema, { email: valid.email, password: valid.password, ...change })).toEqual(expected);
  });
});
