import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from './tones';

// The page's own stylesheets, as the browser gets them: the palette and every background a row's
// Chinese can sit on are read from them, so a change to either is checked here.
const read = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../app', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const CSS = read('globals.css') + read('study.css');

/** The text of the block opening at `open` (a '{'), without its braces. */
function block(css: string, open: number): string {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error('unbalanced braces');
}

const DARK = '@media (prefers-color-scheme: dark)';
const darkBlocks = [...CSS.matchAll(/@media \(prefers-color-scheme: dark\)\s*\{/g)].map((m) => block(CSS, m.index + m[0].length - 1));
const lightCss = darkBlocks.reduce((css, b) => css.replace(b, ''), CSS);

/** Custom properties of :root, the dark scheme's overriding the light. */
function variables(scheme: 'light' | 'dark'): Map<string, string> {
  const vars = new Map<string, string>();
  const collect = (css: string) => {
    for (const m of css.matchAll(/(?:^|[};])\s*:root\s*\{/g))
      for (const d of block(css, m.index + m[0].length - 1).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars.set(d[1]!, d[2]!.trim());
  };
  collect(lightCss);
  if (scheme === 'dark') darkBlocks.forEach(collect);
  return vars;
}

/** The background a selector's own rule gives (outside media queries: print and narrow screens change none of these). */
function backgroundOf(selector: string): string {
  for (const m of lightCss.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = m[1]!.split(',').map((s) => s.trim());
    const value = /(?:^|;)\s*background(?:-color)?\s*:\s*([^;]+)/.exec(m[2]!)?.[1];
    if (selectors.includes(selector) && value) return value.trim();
  }
  throw new Error(`no background for ${selector} in app/globals.css or app/study.css`);
}

type Rgba = [number, number, number, number];

/** A CSS colour as the sheets write them: #hex, var(), none/transparent, color-mix(in srgb, X p%, transparent). */
function colour(value: string, vars: Map<string, string>): Rgba {
  const v = value.trim();
  const variable = /^var\((--[\w-]+)\)$/.exec(v);
  if (variable) return colour(vars.get(variable[1]!) ?? fail(`${variable[1]} is not defined`), vars);
  if (v === 'none' || v === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v);
  if (hex) {
    const full = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  const mix = /^color-mix\(in srgb,\s*(.+?)\s+(\d+(?:\.\d+)?)%,\s*transparent\)$/.exec(v);
  if (mix) {
    const [r, g, b, a] = colour(mix[1]!, vars);
    return [r, g, b, (a * Number(mix[2])) / 100];
  }
  return fail(`cannot read the colour "${v}"`);
}
function fail(message: string): never {
  throw new Error(message);
}

/** `top` painted over an opaque `under`, as #rrggbb. */
function over(top: Rgba, under: Rgba): string {
  const [r, g, b] = top.slice(0, 3).map((c, i) => Math.round(c * top[3] + under[i]! * (1 - top[3])));
  return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
}

// Where a row's Chinese can be: the page, a row lit by hover, focus or a permalink, and on either,
// a glossary term pointed at or open, a Taiwan-wording mark; the pop-up's word and a selection
// paint their own opaque background.
const ROW_STATES = ['html', '.row:hover', '.row:focus-within', '.row:target'];
const MARKS = ['a.term:hover', 'a.term.active', 'mark.tw-word'];
const OWN = ['::highlight(dz-word)', '.seg-text ::selection'];

function backgrounds(scheme: 'light' | 'dark'): [string, string][] {
  const vars = variables(scheme);
  const rows = ROW_STATES.map((s): [string, string] => [s, over(colour(backgroundOf(s), vars), [0, 0, 0, 1])]);
  return [
    ...rows,
    ...rows.flatMap(([row, bg]) => MARKS.map((m): [string, string] => [`${m} in ${row}`, over(colour(backgroundOf(m), vars), colour(bg, vars))])),
    ...OWN.map((s): [string, string] => [s, over(colour(backgroundOf(s), vars), [0, 0, 0, 1])]),
  ];
}

const TONES = [1, 2, 3, 4, 5] as const;
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
  const vars = variables(scheme);
  const palette = Object.fromEntries(TONES.map((t) => [t, over(colour(`var(--tone-${t})`, vars), [0, 0, 0, 1])]));

  test('the sheets have a dark scheme whose backgrounds and tones differ from the light ones', () => {
    expect(CSS).toContain(DARK);
    expect(backgrounds('dark')).not.toEqual(backgrounds('light'));
    expect(TONES.map((t) => variables('dark').get(`--tone-${t}`))).not.toEqual(TONES.map((t) => variables('light').get(`--tone-${t}`)));
  });

  test.each(backgrounds(scheme).flatMap(([state, bg]) => TONES.map((t) => [t, state, bg] as const)))('tone %i on %s (%s) reaches WCAG AA 4.5:1', (tone, _state, bg) =>
    expect(contrastRatio(palette[tone]!, bg)).toBeGreaterThanOrEqual(4.5),
  );

  test('the plain text colour reaches 4.5:1 on every state too', () => {
    for (const [state, bg] of backgrounds(scheme)) expect(contrastRatio(over(colour('var(--fg)', vars), [0, 0, 0, 1]), bg), state).toBeGreaterThanOrEqual(4.5);
  });

  test('the five colours are pairwise distinct (RGB distance ≥ 80)', () => {
    for (const a of TONES)
      for (const b of TONES) {
        if (a >= b) continue;
        const d = Math.hypot(...rgb(palette[a]!).map((c, i) => c - rgb(palette[b]!)[i]!));
        expect(d, `tones ${a} and ${b}`).toBeGreaterThanOrEqual(80);
      }
  });
});

describe('reading the sheets', () => {
  test('a term pointed at is the accent mixed over the row, not an opaque colour', () => {
    const vars = variables('light');
    expect(over(colour('color-mix(in srgb, #ff0000 50%, transparent)', vars), [0, 0, 255, 1])).toBe('#800080');
    expect(backgroundOf('a.term:hover')).toMatch(/^color-mix\(/);
  });
  test('an undefined variable or an unknown colour fails loudly', () => {
    expect(() => colour('var(--nowhere)', new Map())).toThrow(/not defined/);
    expect(() => colour('rebeccapurple', new Map())).toThrow(/cannot read/);
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
