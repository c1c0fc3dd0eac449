import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { releaseLeftovers } from './leftovers';
import { glossarySchema, publishedReleaseSchema, type GlossaryEntry, type ReleaseContent } from './schema';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** "segment "s1" (segments[3]).en: …" rather than a bare zod path, so a translator finds the spot. */
function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const [head, index, ...rest] = issue.path;
  if (head === 'segments' && typeof index === 'number') {
    const id = (data as { segments?: { id?: unknown }[] }).segments?.[index]?.id;
    const field = rest.length ? `.${rest.join('.')}` : '';
    return `segment ${JSON.stringify(id ?? '?')} (segments[${index}])${field}: ${issue.message}`;
  }
  return `${issue.path.join('.') || '(file)'}: ${issue.message}`;
}

async function parseFile<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let data: unknown;
  try {
    data = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ContentError(file, [`cannot read as YAML: ${(error as Error).message}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, result.error.issues.map((i) => describeIssue(data, i)));
  return result.data;
}

export async function loadRelease(file: string): Promise<ReleaseContent> {
  const release = await parseFile(file, publishedReleaseSchema);
  const expected = path.basename(file, path.extname(file));
  if (release.slug !== expected) throw new ContentError(file, [`slug "${release.slug}" does not match the file name "${expected}"`]);
  // Every view must read as its standard: a mainland-Traditional leftover (制造 for 製造) is refused.
  const leftovers = releaseLeftovers(release);
  if (leftovers.length) throw new ContentError(file, leftovers);
  return release;
}

export async function loadReleases(contentDir: string): Promise<ReleaseContent[]> {
  const dir = path.join(contentDir, 'releases');
  const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  return Promise.all(files.map((f) => loadRelease(path.join(dir, f))));
}

export async function loadGlossary(contentDir: string): Promise<GlossaryEntry[]> {
  return (await parseFile(path.join(contentDir, 'glossary.yaml'), glossarySchema)).terms;
}
