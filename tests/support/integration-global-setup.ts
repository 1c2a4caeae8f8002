import { mkdirSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { applyMigrations } from '../../scripts/db/engine';
import { TEMPLATE_DATABASE, TEST_DATA_DIR } from './test-database';

// Migrates one template database with the project's own migrate code; every test file then
// starts from a copy of it (see integration-setup.ts).
export default async function setup() {
  rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  await applyMigrations(`file:${TEMPLATE_DATABASE}`);
  // Fold the write-ahead log into the file, so that copying the one file copies everything.
  const template = new Database(TEMPLATE_DATABASE);
  template.pragma('wal_checkpoint(TRUNCATE)');
  template.pragma('journal_mode = DELETE');
  template.close();
}
