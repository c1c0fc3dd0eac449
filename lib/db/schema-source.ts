// Prisma takes the datasource provider from the schema file, never from the environment, so each
// provider needs a schema file of its own. prisma/schema.prisma (SQLite) is the one source;
// prisma/postgresql/schema.prisma is made from it by `npm run db:generate` and never edited by
// hand (lib/db/schema-source.test.ts fails when the committed file is not what this gives).
//
// A line `// postgresql: <attribute>` in the source is an attribute PostgreSQL has and SQLite
// lacks (a GIN index): a comment for SQLite, the attribute itself in the PostgreSQL schema.

const NOTICE = `// GENERATED from prisma/schema.prisma by \`npm run db:generate\` (lib/db/schema-source.ts): do not
// edit. The same models for PostgreSQL; its migrations are in prisma/postgresql/migrations.
`;

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema file for the SQLite schema source `source`. */
export function postgresSchema(source: string): string {
  let schema = source.replace(/^(?:\/\/.*\n)+/, ''); // the source's own header comment
  schema = replaceOnce(schema, /(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'datasource with provider "sqlite"');
  schema = replaceOnce(schema, /(output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-pg"', 'generator output "../lib/generated/prisma"');
  schema = schema.replace(/^(\s*)\/\/ postgresql: (.+)$/gm, '$1$2');
  return NOTICE + schema;
}
