import { nulLayout, rejectBinarySignature, rejectControlCharacters } from './binary';
import { ImportError } from './errors';
import { plausibility } from './plausibility';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030' | 'big5';
/** bom: a byte-order mark; strict-utf8: valid UTF-8; declared: the page's own charset; scored: best candidate. */
export type DecodeMethod = 'bom' | 'strict-utf8' | 'declared' | 'scored';

export type Candidate = { encoding: EncodingName; score: number; replacements: number };

export type Decoded = {
  text: string;
  encoding: EncodingName;
  /** 0–1; see decodeBytes. */
  confidence: number;
  method: DecodeMethod;
  /** Every decoding that was scored, best first (empty unless method is scored or declared). */
  candidates: Candidate[];
};

const BOMS: { bytes: number[]; encoding: EncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

// Below this plausibility, with enough non-ASCII characters to judge, no reading is Chinese text.
const MIN_PLAUSIBILITY = 0.2;
const MIN_JUDGED = 8;

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A strict reading, or failing that one with U+FFFD for the bad bytes (they become damage spots). */
const lenient = (label: string, bytes: Uint8Array): string => strict(label, bytes) ?? new TextDecoder(label, { ignoreBOM: true }).decode(bytes);

/** GBK is GB18030 without its four-byte sequences; name the smaller one when it suffices. */
function gbName(bytes: Uint8Array): EncodingName {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    if (bytes[i] >= 0x81 && bytes[i] <= 0xfe && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39) return 'gb18030';
    i++;
  }
  return 'gbk';
}

// GB2312 ⊂ GBK ⊂ GB18030: one family, whichever name a page declares.
const family = (encoding: EncodingName | undefined) => (encoding === 'gb18030' ? 'gbk' : encoding);

const DECLARED: Record<string, EncodingName> = {
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
};

function finish(decoded: Decoded): Decoded {
  rejectControlCharacters(decoded.text);
  return decoded;
}

/**
 * Decodes bytes, trying in order: a BOM; strict UTF-8; then each candidate reading (GB18030/GBK,
 * Big5 and UTF-8, or UTF-16 where NUL bytes suggest it; a reading with bad bytes keeps them as
 * U+FFFD, which `plausibility` penalises and the damage detector reports), scored by `plausibility`.
 * A `declared` charset (from an HTML meta tag) wins when it decodes strictly and reads as Chinese.
 * Confidence: 1 for a BOM or ASCII, 0.99 for strict UTF-8 with multi-byte text, otherwise the mean
 * of the winner's plausibility and its margin over the runner-up.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length === 0) throw new ImportError('EMPTY', 'the file is empty');
  rejectBinarySignature(bytes);

  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) {
    const body = bytes.subarray(bom.bytes.length);
    const text = lenient(bom.encoding, body);
    return finish({ text, encoding: bom.encoding, confidence: 1, method: 'bom', candidates: [] });
  }

  const nuls = nulLayout(bytes);
  if (nuls === 'binary') throw new ImportError('BINARY', 'the file holds NUL bytes: it is not a text file');

  const utf8 = nuls === 'none' ? strict('utf-8', bytes) : null;
  if (utf8 !== null) {
    const ascii = bytes.every((b) => b < 0x80);
    return finish({ text: utf8, encoding: 'utf-8', confidence: ascii ? 1 : 0.99, method: 'strict-utf8', candidates: [] });
  }

  const readings: { encoding: EncodingName; text: string }[] =
    nuls === 'none'
      ? [
          { encoding: gbName(bytes), text: lenient('gb18030', bytes) },
          { encoding: 'big5', text: lenient('big5', bytes) },
          { encoding: 'utf-8', text: lenient('utf-8', bytes) },
        ]
      : [{ encoding: nuls, text: lenient(nuls, bytes) }];
  const scored = readings
    .map((r) => {
      const { score, nonAscii } = plausibility(r.text);
      const replacements = r.text.split('\ufffd').length - 1;
      return { ...r, score, nonAscii, replacements };
    })
    // Stable sort: on a tie the order above decides, GB before Big5 (the usual source here).
    .sort((a, b) => b.score - a.score);
  if (nuls !== 'none' && scored[0].score < 0.5) throw new ImportError('BINARY', 'the file holds NUL bytes and does not read as UTF-16 text');

  const declaredFamily = declared ? family(DECLARED[declared.toLowerCase()]) : undefined;
  const declaredReading = scored.find((r) => family(r.encoding) === declaredFamily);
  const trusted = declaredReading !== undefined && declaredReading.replacements === 0 && (declaredReading.score >= MIN_PLAUSIBILITY || declaredReading.nonAscii < MIN_JUDGED);
  const pick = trusted ? declaredReading : scored[0];
  if (pick.score < MIN_PLAUSIBILITY && pick.nonAscii >= MIN_JUDGED)
    throw new ImportError(
      'UNDECODABLE',
      `no encoding gives plausible Chinese text (tried UTF-8, ${scored.map((r) => r.encoding).join(', ')})`,
      scored.map((r) => `${r.encoding}: plausibility ${r.score.toFixed(2)}`),
    );
  const runnerUp = Math.max(0, ...scored.filter((r) => r !== pick).map((r) => r.score));
  const winner = Math.max(0, pick.score);
  const confidence = Math.min(1, Math.max(0, (winner + winner - runnerUp) / 2));
  return finish({
    text: pick.text,
    encoding: pick.encoding,
    confidence: Math.round(confidence * 100) / 100,
    method: pick === declaredReading ? 'declared' : 'scored',
    candidates: scored.map(({ encoding, score, replacements }) => ({ encoding, score: Math.round(score * 100) / 100, replacements })),
  });
}
