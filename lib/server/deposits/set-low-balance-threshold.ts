import 'server-only';
import { db } from '@/lib/db';
import { lowBalanceThresholdSchema } from '@/lib/domain/deposit';
import type { Actor } from '../actor';
import { recordAudit } from '../audit';
import { requireOutletMember } from '../outlets/outlet-membership';
import { parseInput } from '../validation';

/** The owner sets the available balance below which the deposit warning shows (0: never). */
export async function setLowBalanceThreshold(input: {
  actor: Actor | null;
  threshold: unknown;
  ipAddress?: string | null;
}): Promise<{ threshold: number }> {
  const member = await requireOutletMember(input.actor, ['OWNER']);
  const { threshold } = parseInput(lowBalanceThresholdSchema, { threshold: input.threshold });
  await db.$transaction(async (tx) => {
    await tx.outlet.update({
      where: { id: member.outletId },
      data: { lowBalanceThreshold: threshold },
    });
    await recordAudit(tx, {
      actorId: member.actor.id,
      action: 'outlet.lowBalanceThreshold.set',
      targetType: 'Outlet',
      targetId: member.outletId,
      ipAddress: input.ipAddress,
      before: { lowBalanceThreshold: member.outlet.lowBalanceThreshold },
      after: { lowBalanceThreshold: threshold },
    });
  });
  return { threshold };
}
