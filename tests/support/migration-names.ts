import { readdirSync } from 'node:fs';

/** The migrations of a history, by directory name, in order. */
export const migrationNames = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
