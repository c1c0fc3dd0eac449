import { describe, expect, test } from 'vitest';
import { iriSegment } from '@/lib/http/path';
import { termKeyOf } from './term-link';

describe('termKeyOf', () => {
  test('reads the key from a term link as the rows write it, or percent-encoded as a browser gives it', () => {
    expect(termKeyOf(`/en/glossary/${iriSegment('专精特新')}?script=hant`)).toBe('专精特新');
    expect(termKeyOf(`http://localhost/zh-Hant/glossary/${encodeURIComponent('链长')}?script=tw`)).toBe('链长');
    expect(termKeyOf(`/en/glossary/${iriSegment('a/b c?')}`)).toBe('a/b c?');
  });

  test('is null for a link that is not to a glossary entry, or does not decode', () => {
    expect(termKeyOf('/en/releases/x')).toBeNull();
    expect(termKeyOf('/en/glossary/')).toBeNull();
    expect(termKeyOf('/en/glossary/%ff')).toBeNull();
    expect(termKeyOf(null)).toBeNull();
  });
});
