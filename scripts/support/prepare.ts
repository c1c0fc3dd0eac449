import path from 'node:path';
import { seedContent } from '@/lib/content/seed';
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { LOCKS, withAdvisoryLock } from '@/lib/db/postgres-lock';
import { providerOf, redactUrl } from '@/lib/db/provider';
import { refoldSegments } from '@/lib/server/search/refold';

const CONTENT_DIR = path.resolve(import.meta.dirname, '../../content');

/**
 * Creates (SQLite) and migrates the database when missing or behind, then loads content/ into it.
 * On PostgreSQL the database must exist; instances starting at once prepare it one at a time.
 */
export async function prepareDatabase(url: string, { quiet = false } = {}) {
  return providerOf(url) === 'postgresql' ? withAdvisoryLock(url, LOCKS.prepare, () => prepare(url, quiet)) : prepare(url, quiet);
}

async function prepare(url: string, quiet: boolean) {
  const log = quiet ? () => {} : console.log;
  const { applied } = await migrate(url);
  log(`${redactUrl(url)}: ${applied.length ? `applied migrations ${applied.join(', ')}` : 'the schema is up to date'}.`);
  const prisma = createPrismaClient(url);
  try {
    const report = await seedContent(prisma, CONTENT_DIR);
    const { created, updated, unchanged, kept } = report.releases;
    log(
      `Releases: ${created.length} created, ${updated.length} updated, ${unchanged.length} unchanged${kept.length ? `, ${kept.length} kept as published in the app (${kept.join(', ')})` : ''}.`,
    );
    log(`Glossary: ${report.glossary.created} created, ${report.glossary.updated} updated, ${report.glossary.unchanged} unchanged.`);
    for (const issue of report.figureIssues) console.warn(`Figures check: ${issue.slug}#${issue.segment}: ${issue.message}`);
    const refolded = await refoldSegments(prisma);
    if (refolded) log(`Search: ${refolded} segment(s) indexed again.`);
    return report;
  } finally {
    await prisma.$disconnect();
  }
}
