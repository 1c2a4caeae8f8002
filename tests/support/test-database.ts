import path from 'node:path';

// Tests only ever touch SQLite files in this folder (git-ignored); see assertTestDatabase.
export const TEST_DATA_ROOT = path.resolve(__dirname, '../../data/test');

/** Refuses to run against anything but a throw-away test database. */
export function assertTestDatabase(databaseUrl: string | undefined): void {
  const file = databaseUrl?.startsWith('file:') ? path.resolve(databaseUrl.slice(5)) : null;
  if (!file || !file.startsWith(TEST_DATA_ROOT + path.sep)) {
    throw new Error(
      `Refusing to run tests against ${databaseUrl ?? '(no DATABASE_URL)'}: ` +
        `tests use SQLite files under ${TEST_DATA_ROOT} only.`,
    );
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDataDir: string;
  }
}
