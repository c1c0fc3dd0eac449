import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate } from '@/lib/db/migrate';

/** A fresh, migrated SQLite file for one test file; removed by the returned cleanup. */
export async function tempDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-test-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  await migrate(url);
  return { url, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
