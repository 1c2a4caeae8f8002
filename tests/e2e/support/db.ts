import path from 'node:path';
import Database from 'better-sqlite3';

// The suite's own database (scripts/e2e.sh points the app at data/e2e); read-only here, so the
// tests check what the app stored without going around it.
const file = path.resolve(__dirname, '../../../data/e2e/loket.db');

export function queryOne<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

export function countUsersByEmail(email: string): number {
  return (
    queryOne<{ count: number }>('SELECT COUNT(*) AS count FROM User WHERE email = ?', email)
      ?.count ?? 0
  );
}

/** For fixtures only: changes the app's data the way an admin screen would. */
export function execute(sql: string, ...params: unknown[]): void {
  const db = new Database(file, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}
