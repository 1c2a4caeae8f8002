import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import {
  DEFAULT_REPRINT_LIMIT,
  REPRINT_LIMIT_SETTING,
  reprintLimit,
} from '../../receipts/counter-receipt-access';

export type CounterSettings = { reprintLimit: number; version: number };

/** The counter rules as they stand; version 0 means the default was never changed. */
export async function getCounterSettings(input: { actor: Actor | null }): Promise<CounterSettings> {
  assertRole(input.actor, ['ADMIN']);
  const row = await db.appSetting.findUnique({
    where: { key: REPRINT_LIMIT_SETTING },
    select: { version: true },
  });
  return { reprintLimit: await reprintLimit(), version: row?.version ?? 0 };
}

/**
 * Sets how many reprints a counter sale allows. Conditional on the version the admin saw (0:
 * never set, so the row must not exist yet), with its audit entry in the same DB transaction.
 */
export async function updateCounterSettings(input: {
  actor: Actor | null;
  reprintLimit: number;
  version: number;
  ipAddress?: string;
}): Promise<CounterSettings> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const value = JSON.stringify(input.reprintLimit);
  return db.$transaction(async (tx) => {
    const before = await tx.appSetting.findUnique({ where: { key: REPRINT_LIMIT_SETTING } });
    const beforeLimit = before ? (JSON.parse(before.value) as number) : DEFAULT_REPRINT_LIMIT;
    let version: number;
    if (input.version === 0) {
      const created = await tx.$executeRaw`
        INSERT INTO "AppSetting" ("key", "value", "version", "updatedAt")
        VALUES (${REPRINT_LIMIT_SETTING}, ${value}, 1, ${new Date()})
        ON CONFLICT ("key") DO NOTHING`;
      if (created === 0) throw new AppError('CONFLICT', 'staleEdit');
      version = 1;
    } else {
      const { count } = await tx.appSetting.updateMany({
        where: { key: REPRINT_LIMIT_SETTING, version: input.version },
        data: { value, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError('CONFLICT', 'staleEdit');
      version = input.version + 1;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'settings.counter.update',
      targetType: 'AppSetting',
      targetId: REPRINT_LIMIT_SETTING,
      ipAddress: input.ipAddress ?? null,
      before: { reprintLimit: beforeLimit },
      after: { reprintLimit: input.reprintLimit },
    });
    return { reprintLimit: input.reprintLimit, version };
  });
}
