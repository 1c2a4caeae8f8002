import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { env } from '../../lib/env';
import { sqliteFilePath } from '../../lib/db/sqlite-adapter';
import { REPO_ROOT, applyMigrations, removeDatabase } from './engine';

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

async function main(): Promise<number> {
  const file = sqliteFilePath(env.DATABASE_URL);
  // A database outside the data folder may be someone's real data; make deleting it deliberate.
  if (!isInside(file, env.DATA_DIR) && !process.argv.includes('--force')) {
    console.error(`Refusing to delete ${file}: it is outside ${env.DATA_DIR}. Pass --force.`);
    return 1;
  }

  removeDatabase(env.DATABASE_URL);
  console.log(`Deleted ${file}`);
  const applied = await applyMigrations(env.DATABASE_URL);
  console.log(
    `Applied ${applied.length} migration(s)${applied.length ? `: ${applied.join(', ')}` : ''}`,
  );

  if (!existsSync(path.join(REPO_ROOT, 'prisma/seed.ts'))) {
    console.log('Seeding skipped: prisma/seed.ts does not exist yet.');
    return 0;
  }
  const seed = spawnSync('npm', ['run', 'db:seed'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (seed.status !== 0) {
    console.error(`Seeding failed (${seed.error?.message ?? `exit code ${seed.status}`}).`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Reset failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
