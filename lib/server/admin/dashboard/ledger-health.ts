import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { checkLedger } from '../../ledger/check-ledger';

// The ledger check sums every entry ever posted, which grows with the books: the dashboard runs
// it at most every few minutes and keeps the last result in AppSetting, so every admin's page
// load reads one row instead of the whole ledger.

const SETTING_KEY = 'dashboard.ledgerCheck';
export const LEDGER_CHECK_MAX_AGE_MS = 5 * 60 * 1000;

const resultSchema = z.object({
  ok: z.boolean(),
  problems: z.number().int().min(0),
  kinds: z.array(z.string()),
  checkedAt: z.iso.datetime(),
});

export type LedgerHealth = { ok: boolean; problems: number; kinds: string[]; checkedAt: Date };

function cached(value: string | undefined): LedgerHealth | null {
  if (!value) return null;
  try {
    const parsed = resultSchema.safeParse(JSON.parse(value));
    return parsed.success ? { ...parsed.data, checkedAt: new Date(parsed.data.checkedAt) } : null;
  } catch {
    return null;
  }
}

/** The last ledger check, run again first when it is older than a few minutes (or `fresh`). */
export async function ledgerHealth(input: { now: Date; fresh?: boolean }): Promise<LedgerHealth> {
  const { now } = input;
  const setting = await db.appSetting.findUnique({ where: { key: SETTING_KEY } });
  const last = cached(setting?.value);
  if (last && !input.fresh && now.getTime() - last.checkedAt.getTime() < LEDGER_CHECK_MAX_AGE_MS) {
    return last;
  }
  const report = await checkLedger();
  const health: LedgerHealth = {
    ok: report.ok,
    problems: report.problems.length,
    kinds: [...new Set(report.problems.map((problem) => problem.kind))],
    checkedAt: now,
  };
  const value = JSON.stringify({ ...health, checkedAt: now.toISOString() });
  // Two dashboards may check at once: the last writer wins, and either result is a real check.
  await db.$executeRaw`
    INSERT INTO "AppSetting" ("key", "value", "version", "updatedAt")
    VALUES (${SETTING_KEY}, ${value}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value",
      "version" = "AppSetting"."version" + 1, "updatedAt" = excluded."updatedAt"`;
  return health;
}
