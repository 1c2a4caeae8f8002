import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations, listMigrations, pendingSchemaChanges } from '@/scripts/db/engine';

describe('database migrations', () => {
  it('cover everything in prisma/schema.prisma', async () => {
    const pending = await pendingSchemaChanges();
    expect(
      pending.trim(),
      'prisma/schema.prisma has changes that no migration creates. ' +
        'Run `npm run db:migration -- <name>` (e.g. add_outlet_phone) and commit the new folder.',
    ).toBe('');
  });

  it('apply once to a fresh database and are recorded in _prisma_migrations', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'loket-migrations-'));
    const file = path.join(dir, 'fresh.db');
    try {
      const folders = listMigrations().migrationDirectories.map((migration) => migration.path);
      expect(folders.length).toBeGreaterThan(0);

      expect(await applyMigrations(`file:${file}`)).toEqual(folders);
      expect(await applyMigrations(`file:${file}`)).toEqual([]);

      const db = new Database(file, { readonly: true });
      const rows = db
        .prepare(
          'SELECT migration_name AS name FROM _prisma_migrations ' +
            'WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
        )
        .all() as { name: string }[];
      db.close();
      expect(rows.map((row) => row.name)).toEqual(folders);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
