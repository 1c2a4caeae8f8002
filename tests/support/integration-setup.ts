import { randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { assertTestDatabase } from './test-database';

// A fresh migrated database per test file, set before any module reads the configuration.
const dir = inject('testDataDir');
const file = path.join(dir, `${randomUUID()}.db`);
copyFileSync(path.join(dir, 'template.db'), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.DATA_DIR = dir;
process.env.LOG_LEVEL = 'error';
assertTestDatabase(process.env.DATABASE_URL);
