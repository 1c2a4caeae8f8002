import { randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { assertTestDatabase, TEMPLATE_DATABASE, TEST_DATA_DIR } from './test-database';

// A fresh migrated database per test file, set before any module reads the configuration.
const file = path.join(TEST_DATA_DIR, `${randomUUID()}.db`);
copyFileSync(TEMPLATE_DATABASE, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.DATA_DIR = TEST_DATA_DIR;
process.env.LOG_LEVEL = 'error';
assertTestDatabase(process.env.DATABASE_URL);
