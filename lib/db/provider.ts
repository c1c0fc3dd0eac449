import path from 'node:path';

/** The databases Duizhao runs on: an embedded SQLite file (the default) or a PostgreSQL server. */
export type Provider = 'sqlite' | 'postgresql';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//;

/** Which provider a DATABASE_URL names, by its scheme: `file:` is SQLite, `postgresql://` (or `postgres://`) PostgreSQL. */
export function providerOf(url: string): Provider {
  if (url.startsWith('file:')) return 'sqlite';
  if (POSTGRES_URL.test(url)) return 'postgresql';
  throw new Error(`Not a database URL Duizhao knows (file:… for SQLite, postgresql://… for PostgreSQL): ${redactUrl(url)}`);
}

/** The file a SQLite `file:` URL names, as an absolute path (a relative one is taken from the working directory). */
export const sqliteFile = (url: string) => path.resolve(url.replace(/^file:/, ''));

export const isDatabaseUrl = (url: string) => /^file:./.test(url) || POSTGRES_URL.test(url);

/** A URL fit for a log line: its password replaced. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*:)[^@/?#]*@/i, '$1***@');
}
