// Imports a scraped press release (text or HTML, any common Chinese encoding) as a draft release.
// Usage: npx tsx scripts/import.ts FILE [--slug S] [--date YYYY-MM-DD] [--source-url URL]
//        [--out DIR] [--force] [--accept-damage]
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { releaseSchema, type ReleaseContent } from '../lib/content/schema';
import { buildDraft, DEFAULT_MAX_BYTES, draftToYaml, formatReport, importDocument, ImportError, isImportError, resolveDamage, type ImportResult } from '../lib/import';
import { slugFromFile } from '../lib/import/slug';

const USAGE = 'usage: npm run import -- FILE [--slug S] [--date YYYY-MM-DD] [--source-url URL] [--out DIR] [--force] [--accept-damage]';
const CURATED_DIR = 'content/releases';
// Progress goes to stderr on a terminal, or for files big enough to take a moment.
const PROGRESS_BYTES = 1024 * 1024;

const argsSchema = z.object({
  file: z.string().min(1, 'FILE is required'),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '--slug: lowercase letters, digits and single hyphens')
    .optional(),
  date: z.iso.date('--date: a date as YYYY-MM-DD').optional(),
  sourceUrl: z.url('--source-url: a URL').optional(),
  out: z.string().min(1).default(CURATED_DIR),
  force: z.boolean().default(false),
  acceptDamage: z.boolean().default(false),
});
type Args = z.infer<typeof argsSchema>;

function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        date: { type: 'string' },
        'source-url': { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        'accept-damage': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new ImportError('INVALID_ARGS', (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new ImportError('INVALID_ARGS', `expected one FILE, got ${positionals.length}`);
  const result = argsSchema.safeParse({
    file: positionals[0],
    slug: values.slug,
    date: values.date,
    sourceUrl: values['source-url'],
    out: values.out,
    force: values.force,
    acceptDamage: values['accept-damage'],
  });
  if (!result.success) throw new ImportError('INVALID_ARGS', result.error.issues.map((i) => i.message).join('; '));
  return result.data;
}

async function readInput(file: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new ImportError('READ_FAILED', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!info.isFile()) throw new ImportError('READ_FAILED', `${file} is not a file`);
  if (info.size > DEFAULT_MAX_BYTES) throw new ImportError('TOO_LARGE', `the file has ${info.size} bytes, over the limit of ${DEFAULT_MAX_BYTES}`);
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new ImportError('READ_FAILED', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** The curated release for the slug, if one exists and parses; its repairs may cover the damage. */
async function readCurated(slug: string): Promise<ReleaseContent | undefined> {
  const file = path.join(CURATED_DIR, `${slug}.yaml`);
  if (!existsSync(file)) return undefined;
  const parsed = releaseSchema.safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success) process.stderr.write(`import: ignoring ${file}: it does not satisfy the content schema\n`);
  return parsed.success ? parsed.data : undefined;
}

async function main(argv: string[]): Promise<void> {
  const args = readArgs(argv);
  const bytes = await readInput(args.file);
  const showProgress = process.stderr.isTTY || bytes.length >= PROGRESS_BYTES;
  const result: ImportResult = importDocument(bytes, {
    format: /\.html?$/i.test(args.file) ? 'html' : 'auto',
    onProgress: showProgress ? (stage) => process.stderr.write(`import: ${stage}…\n`) : undefined,
  });
  process.stdout.write(formatReport(result, args.file) + '\n');

  const slug = args.slug ?? slugFromFile(args.file);
  if (!slug) throw new ImportError('INVALID_ARGS', 'cannot make a slug from the file name: pass --slug');
  const date = args.date ?? result.date;
  if (!date) throw new ImportError('INVALID_ARGS', 'the text gives no full date: pass --date YYYY-MM-DD');
  const target = path.join(args.out, `${slug}.yaml`);
  if (existsSync(target) && !args.force) throw new ImportError('EXISTS', `${target} exists: pass --force to overwrite it`);

  const resolution = resolveDamage(result, await readCurated(slug), args.acceptDamage);
  const sourceUrl = args.sourceUrl ?? result.page?.url ?? null;
  const draft = buildDraft(result, { slug, date, sourceUrl, sourceName: path.basename(args.file) }, resolution);
  const header =
    ` Draft release imported by scripts/import.ts from ${path.basename(args.file)}. Chinese (zh) is the\n` +
    ` cleaned source text; English (en) is to be written. Check titles, kinds and speakers against the source;\n` +
    ` region and kind are the importer's guesses.`;
  await mkdir(args.out, { recursive: true });
  await writeFile(target, draftToYaml(draft, header), 'utf8');
  process.stdout.write(
    `Wrote ${target}: ${draft.segments.length} segments` +
      (resolution.repairs.length ? `, ${resolution.repairs.length} curated repairs applied` : '') +
      (resolution.accepted.length ? `, ${resolution.accepted.length} damaged spots accepted (see editorial.note)` : '') +
      '\n',
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (isImportError(error)) {
    process.stderr.write(`import: [${error.code}] ${error.message}\n${error.details.map((d) => `  - ${d}\n`).join('')}`);
    if (error.code === 'INVALID_ARGS') process.stderr.write(`${USAGE}\n`);
    process.exitCode = error.code === 'INVALID_ARGS' ? 2 : 1;
  } else {
    process.stderr.write(`import: unexpected failure: ${(error as Error)?.stack ?? error}\n`);
    process.exitCode = 1;
  }
});
