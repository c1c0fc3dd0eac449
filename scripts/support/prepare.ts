import path from 'node:path';
import { seedContent } from '@/lib/content/seed';
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';

const CONTENT_DIR = path.resolve(import.meta.dirname, '../../content');

/** Creates and migrates the database when missing or behind, then loads content/ into it. */
export async function prepareDatabase(url: string, { quiet = false } = {}) {
  const log = quiet ? () => {} : console.log;
  const { applied } = await migrate(url);
  log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  const prisma = createPrismaClient(url);
  try {
    const report = await seedContent(prisma, CONTENT_DIR);
    const { created, updated, unchanged, kept } = report.releases;
    log(`Releases: ${created.length} created, ${updated.length} updated, ${unchanged.length} unchanged${kept.length ? `, ${kept.length} kept as published in the app (${kept.join(', ')})` : ''}.`);
    log(`Glossary: ${report.glossary.created} created, ${report.glossary.updated} updated, ${report.glossary.unchanged} unchanged.`);
    for (const issue of report.figureIssues) console.warn(`Figures check: ${issue.slug}#${issue.segment}: ${issue.message}`);
    return report;
  } finally {
    await prisma.$disconnect();
  }
}
