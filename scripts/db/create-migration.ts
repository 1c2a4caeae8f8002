import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_MIGRATIONS_DIR,
  MIGRATION_LOCK_CONTENT,
  MIGRATION_LOCK_FILE,
  pendingSchemaChanges,
} from './engine';

const USAGE = 'Usage: npm run db:migration -- <name>   (lower snake case, e.g. add_outlet_phone)';

/** UTC YYYYMMDDHHMMSS, the prefix Prisma gives migration folders. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const name = args[0];
  if (args.length !== 1 || !name || !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(name)) {
    console.error(`Invalid migration name: ${args.join(' ') || '(none)'}\n${USAGE}`);
    return 1;
  }

  const sql = await pendingSchemaChanges();
  if (sql.trim() === '') {
    console.log('No schema changes: prisma/schema.prisma matches the migrations.');
    return 0;
  }

  const folder = path.join(DEFAULT_MIGRATIONS_DIR, `${timestamp(new Date())}_${name}`);
  if (existsSync(folder)) {
    console.error(`${folder} already exists; wait a second and try again.`);
    return 1;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'migration.sql'), sql.endsWith('\n') ? sql : `${sql}\n`);
  const lockFile = path.join(DEFAULT_MIGRATIONS_DIR, MIGRATION_LOCK_FILE);
  if (!existsSync(lockFile)) writeFileSync(lockFile, MIGRATION_LOCK_CONTENT);

  console.log(`Created ${path.relative(process.cwd(), path.join(folder, 'migration.sql'))}`);
  console.log('Review it, then run `npm run db:migrate` to apply it.');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Creating the migration failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
