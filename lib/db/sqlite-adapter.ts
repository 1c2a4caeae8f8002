import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

// Durability over speed: a confirmed payment must survive a power cut, so every commit is
// fsynced (synchronous=FULL). WAL lets readers proceed while the single writer commits.
export const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = FULL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA busy_timeout = 10000',
] as const;

/** Absolute file path of a `file:` SQLite URL. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`Not a SQLite file URL: ${url}`);
  return url.slice('file:'.length);
}

/**
 * The better-sqlite3 driver adapter with Loket's pragmas applied to every connection it opens
 * (the plain adapter opens connections with SQLite's defaults).
 */
export function createSqliteAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url, timeout: 10_000 });
  const configure = async (adapter: SqlDriverAdapter) => {
    await adapter.executeScript(SQLITE_PRAGMAS.join(';\n'));
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => inner.connect().then(configure),
    connectToShadowDb: () => inner.connectToShadowDb().then(configure),
  };
}
