import { convert } from '@/lib/chinese/convert';

/**
 * A term's identity across scripts: its OpenCC Simplified form. Traditional-to-Simplified is
 * applied to any input (Simplified text passes through unchanged), so 專精特新, 专精特新 and a
 * Taiwan or Hong Kong spelling all meet at one key; characters whose Traditional forms merge in
 * Simplified (發/髮 → 发) meet there too.
 */
export function termKey(term: string): string {
  return convert(term.normalize('NFC').trim(), 'hant', 'hans');
}
