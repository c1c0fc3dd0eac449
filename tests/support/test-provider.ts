import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set in the projects that run on PostgreSQL (tests/support/postgres-setup.ts): the server's URL. */
    postgresUrl?: string;
  }
}

/** The PostgreSQL server of the test project this file runs in, or undefined when it runs on SQLite. */
export function testPostgresServer(): string | undefined {
  try {
    return inject('postgresUrl') || undefined;
  } catch {
    return undefined; // not under Vitest (a bench): SQLite
  }
}
