import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importDocument } from '@/lib/import';
import { SEED_PATH } from '@/tests/fixtures/seed';
import { applyDamageAction, DEFAULT_REPAIR_REASON } from './damage';
import { splitSegment, updateSegment } from './edit';
import { newDraft } from './new-draft';

// The raw seed: a naively converted Traditional copy of a Simplified release with five damaged
// spots, four in segments and one in a reporter's label.
const seed = () => newDraft(importDocument(readFileSync(SEED_PATH)), { fileName: 'seed.txt', sourceUrl: null });
const segmentText = (d: ReturnType<typeof seed>['draft'], id: string) => d.segments.find((s) => s.id === id)!.zh;

describe('applyDamageAction', () => {
  test('the spots are found in the Simplified draft, with context in its script', () => {
    const { draft, report } = seed();
    expect(draft.sourceScript).toBe('hans');
    expect(report.damage).toHaveLength(5);
    for (const spot of report.damage) {
      const holder = 'segment' in spot.where ? segmentText(draft, spot.where.segment) : 'speaker' in spot.where ? draft.speakers[spot.where.speaker].zh : draft.title.zh;
      // A label's context runs on into its paragraph (the ：after it).
      expect(holder).toContain(spot.before + spot.text + ('segment' in spot.where ? spot.after : ''));
    }
  });

  test('a repair restores the text in place and records a curated repair; the other spots stay open', () => {
    const { draft, report } = seed();
    const { draft: after, damage } = applyDamageAction(draft, report.damage, { spot: 0, action: 'repair', restored: '优' });
    expect(segmentText(after, 's3')).toContain('在减量优化方面');
    expect(segmentText(after, 's3')).not.toContain(report.damage[0].text);
    expect(after.editorial.repairs).toEqual([{ segment: 's3', damaged: report.damage[0].text, restored: '优', reason: DEFAULT_REPAIR_REASON }]);
    expect(damage[0].resolution).toEqual({ action: 'repaired', restored: '优', reason: DEFAULT_REPAIR_REASON });
    expect(damage.slice(1).every((s) => s.resolution === null)).toBe(true);
    expect(segmentText(draft, 's3')).toContain(report.damage[0].text); // the input is not changed
  });

  test("a speaker label's damage is repaired in the label", () => {
    const { draft, report } = seed();
    const { draft: after } = applyDamageAction(draft, report.damage, { spot: 4, action: 'repair', restored: '报', reason: 'The masthead: 大众日报.' });
    expect(after.speakers['speaker-3'].zh).toBe('大众日报·大众新闻客户端记者');
    expect(after.editorial.repairs[0]).toMatchObject({ speaker: 'speaker-3', restored: '报', reason: 'The masthead: 大众日报.' });
  });

  test('accepting keeps the text and the reason; reopening undoes either decision', () => {
    const { draft, report } = seed();
    const accepted = applyDamageAction(draft, report.damage, { spot: 1, action: 'accept', reason: 'Kept for a curator.' });
    expect(accepted.draft).toEqual(draft);
    expect(accepted.damage[1].resolution).toEqual({ action: 'accepted', reason: 'Kept for a curator.' });
    expect(applyDamageAction(accepted.draft, accepted.damage, { spot: 1, action: 'reopen' }).damage[1].resolution).toBeNull();

    const repaired = applyDamageAction(draft, report.damage, { spot: 2, action: 'repair', restored: '。科技创' });
    const reopened = applyDamageAction(repaired.draft, repaired.damage, { spot: 2, action: 'reopen' });
    expect(reopened.draft).toEqual(draft);
    expect(reopened.damage[2].resolution).toBeNull();
  });

  test('repairing again replaces the first repair', () => {
    const { draft, report } = seed();
    const once = applyDamageAction(draft, report.damage, { spot: 0, action: 'repair', restored: '忧' });
    const twice = applyDamageAction(once.draft, once.damage, { spot: 0, action: 'repair', restored: '优' });
    expect(segmentText(twice.draft, 's3')).toContain('减量优化');
    expect(twice.draft.editorial.repairs).toHaveLength(1);
  });

  test('after a split, the spot is found in the segment now holding it', () => {
    const { draft, report } = seed();
    const text = segmentText(draft, 's3');
    const split = splitSegment(draft, 's3', text.indexOf(report.damage[0].before)).draft;
    const { draft: after } = applyDamageAction(split, report.damage, { spot: 0, action: 'repair', restored: '优' });
    expect(after.editorial.repairs[0].segment).toBe('s3-2');
    expect(segmentText(after, 's3-2')).toContain('减量优化');
  });

  test('a spot the report does not have is refused, naming it', () => {
    const { draft, report } = seed();
    expect(() => applyDamageAction(draft, report.damage, { spot: 9, action: 'accept', reason: 'x' })).toThrow(
      expect.objectContaining({ code: 'bad_request', message: 'damage.9: the report has no such damaged spot' }),
    );
  });

  test('damaged text retyped by hand can no longer be repaired: it is refused, saying to accept it', () => {
    const { draft, report } = seed();
    const retyped = updateSegment(draft, 's3', { zh: segmentText(draft, 's3').replace(report.damage[0].text, '优') });
    expect(() => applyDamageAction(retyped, report.damage, { spot: 0, action: 'repair', restored: '优' })).toThrow(
      expect.objectContaining({ code: 'conflict', reason: 'damage_gone', message: expect.stringMatching(/^damage\.0: .*accept it with a reason/) }),
    );
  });
});
