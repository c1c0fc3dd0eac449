import { describe, expect, test } from 'vitest';
import type { ReleaseContent } from '@/lib/content/schema';
import { ImportError } from './errors';
import { importDocument } from './index';
import { cleanFragment, resolveDamage } from './repairs';

const damaged = importDocument(
  new TextEncoder().encode(
    [
      '3月8日下午，舉行新聞發布會，邀請新聞發言人王茂慶出席。',
      '三、深化新舊動能轉換。在減量?jī)?yōu)化方面，持續推進。',
      '大眾日?qǐng)?bào)·大眾新聞客戶端記者:',
      '如何推動?',
      '王茂慶:推動大宗固廢規(guī)?;咧祷茫衲炅?zhēng)推動。',
    ].join('\n'),
  ),
);

const curatedWith = (repairs: ReleaseContent['editorial']['repairs']) => ({ editorial: { note: '', repairs } }) as unknown as ReleaseContent;

const REPAIRS = [
  { segment: 's1', damaged: '減量?jī)?yōu)化', restored: '減量優化', reason: 'context' },
  { speaker: 'reporter-dazhong', damaged: '大眾日?qǐng)?bào)', restored: '大眾日報', reason: 'the newspaper' },
  { segment: 'a1', damaged: '規(guī)?;咧祷茫衲炅?zhēng)', restored: '規模化高值化利用，今年力爭', reason: 'context' },
];

describe('cleanFragment', () => {
  test('cleans around the damage and keeps the damage', () => {
    expect(cleanFragment('規(guī)?;咧祷茫衲炅?zhēng)')).toBe('規?;咧祷茫衲炅?zhēng)');
    expect(cleanFragment('發(fā)展,提升')).toBe('發展，提升');
  });
});

describe('resolveDamage', () => {
  test('the fixture has three spots: in a segment, a speaker label and an answer', () => {
    expect(damaged.damage.map((d) => [d.text, d.where])).toEqual([
      ['?jī)?yōu)', { segment: 's1' }],
      ['?qǐng)?bào)', { speaker: 'speaker-1' }],
      ['?;咧祷茫衲炅?zhēng)', { segment: 'a1' }],
    ]);
  });

  test('refuses unresolved damage, listing every spot', () => {
    let error: unknown;
    try {
      resolveDamage(damaged, undefined, false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('DAMAGED');
    expect((error as ImportError).details).toHaveLength(3);
    expect((error as ImportError).details[0]).toContain('"?jī)?yōu)"');
  });

  test('accepts every spot with --accept-damage', () => {
    expect(resolveDamage(damaged, undefined, true)).toEqual({ repairs: [], accepted: damaged.damage });
  });

  test("carries the curated release's repairs over, in the draft's keys", () => {
    expect(resolveDamage(damaged, curatedWith(REPAIRS), false)).toEqual({
      repairs: [
        { segment: 's1', damaged: '減量?jī)?yōu)化', restored: '減量優化', reason: 'context' },
        { speaker: 'speaker-1', damaged: '大眾日?qǐng)?bào)', restored: '大眾日報', reason: 'the newspaper' },
        { segment: 'a1', damaged: '規?;咧祷茫衲炅?zhēng)', restored: '規模化高值化利用，今年力爭', reason: 'context' },
      ],
      accepted: [],
    });
  });

  test('a curated release that repairs only some spots still refuses the rest', () => {
    expect(() => resolveDamage(damaged, curatedWith(REPAIRS.slice(0, 2)), false)).toThrow(/1 spot/);
    expect(resolveDamage(damaged, curatedWith(REPAIRS.slice(0, 2)), true).accepted.map((d) => d.text)).toEqual(['?;咧祷茫衲炅?zhēng)']);
  });

  test('a repair whose text is not where the spot is does not count', () => {
    const elsewhere = [{ segment: 's1', damaged: '其他?jī)?yōu)文字', restored: '其他優文字', reason: 'x' }];
    expect(resolveDamage(damaged, curatedWith(elsewhere), true).repairs).toEqual([]);
  });
});
