import 'server-only';
import { env } from '@/lib/env';
import { createSqliteAdapterFactory } from '@/lib/db/sqlite-adapter';
import { PrismaClient } from '@/lib/generated/prisma/client';

function createClient() {
  return new PrismaClient({
    adapter: createSqliteAdapterFactory(env.DATABASE_URL),
    // Password hashes never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
export type DbTransaction = Parameters<Parameters<Db['$transaction']>[0]>[0];

// One client per process; development reloads modules, so keep it on globalThis there.
const globalForDb = globalThis as unknown as { loketDb?: Db };
export const db: Db = globalForDb.loketDb ?? createClient();
if (env.NODE_ENV !== 'production') globalForDb.loketDb = db;
