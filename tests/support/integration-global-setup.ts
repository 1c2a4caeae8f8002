import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../scripts/db/engine';
import { TEST_DATA_ROOT } from './test-database';

// Migrates one template database with the project's own migrate code; every test file then
// starts from a copy of it (see integration-setup.ts). Each run has its own folder, so two runs
// on one machine never delete each other's databases.
export default async function setup(project: TestProject) {
  const dir = path.join(TEST_DATA_ROOT, `run-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const template = path.join(dir, 'template.db');
  await applyMigrations(`file:${template}`);
  // Fold the write-ahead log into the file, so that copying the one file copies everything.
  const db = new Database(template);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
  project.provide('testDataDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
