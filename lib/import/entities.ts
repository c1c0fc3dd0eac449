// HTML character references: numeric ones, and the named ones Chinese news pages use.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  laquo: '«',
  raquo: '»',
  yen: '¥',
  permil: '‰',
  sect: '§',
  shy: '',
};

const REFERENCE = /^&(?:#(\d{1,30})|#[xX]([0-9a-fA-F]{1,30})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/;

/** The reference starting at text[index] ('&'): its character(s) and length, or null when it is none. */
export function readEntity(text: string, index: number): { value: string; length: number } | null {
  const match = REFERENCE.exec(text.slice(index, index + 40));
  if (!match) return null;
  const [whole, decimal, hex, name] = match;
  if (name !== undefined) {
    const value = NAMED[name.toLowerCase()];
    // A named reference needs its semicolon; "&copy" inside a URL is left alone.
    return value !== undefined && whole.endsWith(';') ? { value, length: whole.length } : null;
  }
  const cp = decimal !== undefined ? Number(decimal) : parseInt(hex, 16);
  const valid = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
  return { value: valid ? String.fromCodePoint(cp) : '\ufffd', length: whole.length };
}
