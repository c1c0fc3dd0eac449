import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importDocument } from '@/lib/import';
import { OUTLINES } from './corpus-outlines';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const corpus = path.resolve(repoRoot, '../shared/corpus');
const present = existsSync(corpus);
if (!present) console.log(`corpus suite skipped: ${corpus} is absent`);

describe.skipIf(!present)('the real corpus', () => {
  test.each(OUTLINES.map((o) => [o.file, o] as const))('%s', (file, outline) => {
    const result = importDocument(readFileSync(path.join(corpus, file)));
    const kinds: Record<string, number> = {};
    const levels: Record<number, number> = {};
    for (const s of result.segments) {
      kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
      if (s.level) levels[s.level] = (levels[s.level] ?? 0) + 1;
    }
    expect({
      title: result.title,
      date: result.date,
      issuer: result.issuer,
      kind: result.kind?.value,
      region: result.region?.value,
      sourceScript: result.script.sourceScript,
      kinds,
      speakers: result.speakers.map((s) => s.zh),
      damage: result.damage.map((d) => d.text),
    }).toEqual({
      title: outline.title,
      date: outline.date,
      issuer: outline.issuer,
      kind: outline.kind,
      region: outline.region,
      sourceScript: outline.sourceScript,
      kinds: outline.kinds,
      speakers: outline.speakers ?? [],
      damage: outline.damage ?? [],
    });
    if (outline.levels) expect(levels).toEqual(outline.levels);
    expect(result.segments[0].zh.startsWith(outline.first)).toBe(true);
    expect(result.segments.at(-1)!.zh.endsWith(outline.last)).toBe(true);
    // Site chrome and mirror furniture never become text.
    const text = result.segments.map((s) => s.zh).join('\n');
    expect(text).not.toMatch(/English Français|首页|相关新闻|版权所有|打印本页|字号：|在线观看|\(huì ?\)/);
  });
});
