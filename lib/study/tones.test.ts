import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from './tones';

const CSS = readFileSync(path.resolve(import.meta.dirname, '../../app/globals.css'), 'utf8');
// The light :root block is everything before the dark media query; the dark one is inside it.
const darkAt = CSS.indexOf('@media (prefers-color-scheme: dark)');
const LIGHT_CSS = CSS.slice(0, darkAt);
const DARK_CSS = CSS.slice(darkAt, CSS.indexOf('}', CSS.indexOf('}', darkAt) + 1));

// Ruby sits on the page, on panels, on a row lit by hover or a permalink (--highlight) and under the
// pop-up dictionary's word highlight (--highlight-word).
const VARS = ['--bg', '--panel', '--highlight', '--highlight-word'];
function cssVar(block: string, v: string): string {
  const m = new RegExp(`${v}:\\s*(#[0-9a-fA-F]{3,6})\\s*;`).exec(block);
  if (!m) throw new Error(`${v} not found in app/globals.css`);
  return m[1];
}
const backgrounds = (block: string): [string, string][] => VARS.map((v) => [v, cssVar(block, v)]);

type Tone = 1 | 2 | 3 | 4 | 5;
const TONES: Tone[] = [1, 2, 3, 4, 5];
const palette = (block: string) => Object.fromEntries(TONES.map((t) => [t, cssVar(block, `--tone-${t}`)])) as Record<Tone, string>;
const TONE_COLOURS = palette(LIGHT_CSS);
const TONE_COLOURS_DARK = palette(DARK_CSS);
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe.each([
  ['light', TONE_COLOURS, LIGHT_CSS],
  ['dark', TONE_COLOURS_DARK, DARK_CSS],
] as const)('%s tone colours', (_, palette, block) => {
  test('the CSS has a dark scheme and its backgrounds differ from the light ones', () => {
    expect(darkAt).toBeGreaterThan(0);
    expect(backgrounds(DARK_CSS)).not.toEqual(backgrounds(LIGHT_CSS));
  });

  test.each(backgrounds(block).flatMap(([v, bg]) => TONES.map((t) => [t, v, bg] as const)))(
    'tone %i on %s (%s) reaches WCAG AA 4.5:1',
    (tone, _v, bg) => expect(contrastRatio(palette[tone], bg)).toBeGreaterThanOrEqual(4.5),
  );

  test('the five colours are pairwise distinct (RGB distance ≥ 80)', () => {
    for (const a of TONES)
      for (const b of TONES) {
        if (a >= b) continue;
        const d = Math.hypot(...rgb(palette[a]).map((c, i) => c - rgb(palette[b])[i]));
        expect(d, `tones ${a} and ${b}`).toBeGreaterThanOrEqual(80);
      }
  });
});

describe('contrastRatio', () => {
  test('WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
  });
  test('rejects what is not a hex colour', () => expect(() => contrastRatio('red', '#fff')).toThrow(/not a hex colour/));
});
