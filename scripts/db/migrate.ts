import { env } from '../../lib/env';
import { sqliteFilePath } from '../../lib/db/sqlite-adapter';
import { applyMigrations } from './engine';

async function main() {
  const target = sqliteFilePath(env.DATABASE_URL);
  const applied = await applyMigrations(env.DATABASE_URL);
  if (applied.length === 0) {
    console.log(`Database is up to date (${target}).`);
    return;
  }
  console.log(`Applied ${applied.length} migration(s) to ${target}:`);
  for (const name of applied) console.log(`  - ${name}`);
}

main().catch((error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Migration failed${typeof code === 'string' ? ` (${code})` : ''}: ${message}`);
  process.exitCode = 1;
});
