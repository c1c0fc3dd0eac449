import type { TestProject } from 'vitest/node';
import { ensureBuild } from '../../scripts/support/build';
import { startPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build the instances serve. */
    distDir: string;
  }
}

/**
 * Global setup of the instances project: the production build of the current sources (the same
 * one the end-to-end tests serve, built once) and a PostgreSQL server, stopped at the end.
 */
export default async function setup(project: TestProject) {
  project.provide('distDir', ensureBuild({ quiet: true }));
  const server = await startPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
