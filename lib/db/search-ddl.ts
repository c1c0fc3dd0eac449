// SQLite's search index over Segment (see lib/server/search/): an FTS5 table with the trigram
// tokenizer, which finds any substring of three characters or more, Chinese included. Its content
// is Segment's own zhFolded and enFolded columns (external content: the text is not stored twice),
// kept in step by triggers, so every way a segment is written or deleted (storeRelease, a cascade)
// updates the index in the same transaction. Prisma knows nothing of these tables: migrations treat
// them as external, and a migration that rebuilds "Segment" (Prisma's way to alter a SQLite table)
// gets the triggers back and a rebuild, which lib/db/migrate.ts appends.

export const SQLITE_SEARCH_TABLE = 'SegmentSearch';

/** FTS5's table and its shadow tables: external to Prisma's migrations. */
export const SQLITE_EXTERNAL_TABLES = ['', '_config', '_data', '_docsize', '_idx'].map((suffix) => SQLITE_SEARCH_TABLE + suffix);

const row = (prefix: 'new' | 'old') => `${prefix}."rowid", ${prefix}."zhFolded", ${prefix}."enFolded"`;
const add = `INSERT INTO "SegmentSearch" ("rowid", "zhFolded", "enFolded") VALUES (${row('new')});`;
const remove = `INSERT INTO "SegmentSearch" ("SegmentSearch", "rowid", "zhFolded", "enFolded") VALUES ('delete', ${row('old')});`;

/** The triggers on Segment, and a rebuild of the index from Segment's rows. */
export const SQLITE_SEARCH_TRIGGERS = `-- Search index triggers (lib/db/search-ddl.ts)
CREATE TRIGGER "Segment_search_insert" AFTER INSERT ON "Segment" BEGIN
  ${add}
END;
CREATE TRIGGER "Segment_search_delete" AFTER DELETE ON "Segment" BEGIN
  ${remove}
END;
CREATE TRIGGER "Segment_search_update" AFTER UPDATE OF "zhFolded", "enFolded" ON "Segment" BEGIN
  ${remove}
  ${add}
END;
INSERT INTO "SegmentSearch" ("SegmentSearch") VALUES ('rebuild');
`;

/** The index itself, then its triggers. */
export const SQLITE_SEARCH_DDL = `-- Search index (lib/db/search-ddl.ts)
CREATE VIRTUAL TABLE "SegmentSearch" USING fts5("zhFolded", "enFolded", content = 'Segment', tokenize = 'trigram');
${SQLITE_SEARCH_TRIGGERS}`;
