import { describe, expect, test } from 'vitest';
import { creditsSchema, officialInputSchema, proposalPatchSchema, segmentPatchSchema } from './schema';

const official = { url: 'https://www.info.gov.hk/gia/general/202601/22/P2026012200177.htm', publisher: { zh: '政府新聞處', en: 'Information Services Department' } };
const firstIssue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error && `${result.error.issues[0].path.join('.')}: ${result.error.issues[0].message}`;

describe('officialInputSchema', () => {
  test.each([
    [{ ...official, text: 'Headline\nParagraph.' }, undefined],
    [{ ...official, html: '<p>Paragraph.</p>' }, undefined],
    [{ ...official, text: 'x', html: '<p>x</p>' }, 'text: give the English as text or as html, one of them'],
    [official, 'text: give the English as text or as html, one of them'],
    [{ ...official, text: 'x', url: 'javascript:alert(1)' }, 'url: must be an http(s) URL'],
    [{ ...official, text: 'x', publisher: { zh: ' ', en: 'x' } }, 'publisher.zh: Too small: expected string to have >=1 characters'],
  ])('%j → %s', (input, issue) => {
    expect(firstIssue(officialInputSchema.safeParse(input))).toBe(issue);
  });
});

describe('edits, translations and credits', () => {
  test('a proposal patch names its revision and at least one known edit', () => {
    expect(proposalPatchSchema.safeParse({ revision: 3, edits: [{ op: 'accept', link: 0 }] }).data?.edits[0]).toEqual({ op: 'accept', link: 0, accepted: true });
    expect(firstIssue(proposalPatchSchema.safeParse({ revision: 3, edits: [] }))).toMatch(/^edits:/);
    expect(firstIssue(proposalPatchSchema.safeParse({ revision: 3, edits: [{ op: 'delete', link: 0 }] }))).toMatch(/^edits\.0\.op:/);
  });

  test('a segment patch changes its English, its status or both, on a version; English is trimmed', () => {
    expect(segmentPatchSchema.parse({ version: 'v1', en: '  Commentary ', status: 'reviewed' })).toEqual({ version: 'v1', en: 'Commentary', status: 'reviewed' });
    expect(firstIssue(segmentPatchSchema.safeParse({ version: 'v1' }))).toBe('en: change en, status or both');
    expect(firstIssue(segmentPatchSchema.safeParse({ en: 'x' }))).toMatch(/^version:/);
    expect(firstIssue(segmentPatchSchema.safeParse({ version: 'v1', status: 'official' }))).toMatch(/^status:/);
  });

  test('credits: a translator and reviewers, or null for none', () => {
    expect(creditsSchema.parse({ version: 'v1', translation: { by: 'Li Wei' } })).toEqual({ version: 'v1', translation: { by: 'Li Wei', reviewedBy: [] } });
    expect(creditsSchema.parse({ version: 'v1', translation: null }).translation).toBeNull();
    expect(firstIssue(creditsSchema.safeParse({ version: 'v1', translation: { by: '', reviewedBy: [] } }))).toMatch(/^translation\.by:/);
  });
});
