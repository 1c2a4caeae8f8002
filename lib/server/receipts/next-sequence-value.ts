import 'server-only';
import type { DbTransaction } from '@/lib/db';

/**
 * The next value of a named sequence (1 for a new one), in one atomic statement inside the
 * caller's DB transaction: concurrent callers are serialized by the row, never handed the same
 * value, and a caller that rolls back gives its value back, so numbers have no gaps.
 */
export async function nextSequenceValue(tx: DbTransaction, name: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ value: number | bigint }[]>`
    INSERT INTO "Sequence" ("name", "value") VALUES (${name}, 1)
    ON CONFLICT ("name") DO UPDATE SET "value" = "Sequence"."value" + 1
    RETURNING "value"`;
  if (!row) throw new Error(`sequence ${name} returned no value`);
  return Number(row.value);
}
