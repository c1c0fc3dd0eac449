import { ImportError } from './errors';

// Signatures of files people pick by mistake instead of a saved page or text.
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP (docx, xlsx …)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'OLE (doc, xls …)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

export function rejectBinarySignature(bytes: Uint8Array): void {
  const found = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (found) throw new ImportError('BINARY', `this is a ${found.name} file, not text or HTML`);
}

/** Where NUL bytes sit: all at odd offsets suggests UTF-16LE without BOM, all at even ones UTF-16BE. */
export function nulLayout(bytes: Uint8Array): 'none' | 'utf-16le' | 'utf-16be' | 'binary' {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 0) {
      if (i % 2) odd++;
      else even++;
    }
  if (even + odd === 0) return 'none';
  if (bytes.length % 2 === 0 && even === 0) return 'utf-16le';
  if (bytes.length % 2 === 0 && odd === 0) return 'utf-16be';
  return 'binary';
}

/** Decoded text with more than 1% control characters (other than tab, newlines, form feed) is not text. */
export function rejectControlCharacters(text: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  if (controls > 0 && controls * 100 > text.length) throw new ImportError('BINARY', `${controls} control characters in ${text.length}: this does not look like a text file`);
}
