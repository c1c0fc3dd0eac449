import { describe, expect, test } from 'vitest';
import { convert } from '@/lib/chinese/convert';
import { SCRIPTS } from '@/lib/core/text';
import { loadRelease } from '@/lib/content/load';
import { simplifiedTwin } from './twin';

const RELEASE = 'content/releases/2024-03-08-shandong-new-industrialization.yaml';

describe('simplifiedTwin', () => {
  test('Traditional, Taiwan and Hong Kong text becomes Simplified at the same offsets', () => {
    expect(simplifiedTwin('臺灣經濟發展「專精特新」')).toBe('台湾经济发展“专精特新”');
    expect(simplifiedTwin('专精特新')).toBe('专精特新');
  });

  test.each(SCRIPTS)('every segment of the release in %s keeps its length and its Simplified wording', async (script) => {
    const release = await loadRelease(RELEASE);
    for (const segment of release.segments) {
      const shown = convert(segment.zh, release.sourceScript, script);
      const twin = simplifiedTwin(shown);
      expect(twin.length).toBe(shown.length);
      expect(twin).toBe(convert(segment.zh, release.sourceScript, 'hans'));
    }
  });
});
