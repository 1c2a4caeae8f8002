import 'server-only';
import { db } from '@/lib/db';
import { topUpDecisionSchema } from '@/lib/domain/deposit';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { parseInput } from '../validation';
import { creditTopUp } from './credit-top-up';

/**
 * An admin decides on a manual transfer after finding (or not finding) the money. Approval
 * credits the deposit; rejection needs a reason the owner reads. Either is one DB transaction
 * with its audit entry, and the status moves only from PENDING, so two admins deciding at once
 * cannot credit twice: the second is told someone else decided.
 */
export async function reviewManualTopUp(input: {
  actor: Actor | null;
  decision: unknown;
  ipAddress?: string | null;
  now?: Date;
}): Promise<{ status: 'PAID' | 'REJECTED' }> {
  const admin = assertRole(input.actor, ['ADMIN']);
  const decision = parseInput(topUpDecisionSchema, input.decision);
  const now = input.now ?? new Date();
  const status = decision.decision === 'APPROVE' ? 'PAID' : 'REJECTED';
  return db.$transaction(async (tx) => {
    const topUp = await tx.depositTopUp.findFirst({
      where: { id: decision.topUpId, method: 'MANUAL' },
    });
    if (!topUp) throw new AppError('NOT_FOUND', 'topUpNotFound');
    const { count } = await tx.depositTopUp.updateMany({
      where: { id: topUp.id, status: 'PENDING' },
      data: {
        status,
        reviewedById: admin.id,
        reviewedAt: now,
        ...(decision.decision === 'APPROVE'
          ? { paidAt: now }
          : { rejectionReason: decision.reason }),
      },
    });
    if (count === 0) throw new AppError('CONFLICT', 'topUpAlreadyReviewed');
    if (decision.decision === 'APPROVE') await creditTopUp(tx, topUp);
    await recordAudit(tx, {
      actorId: admin.id,
      action: decision.decision === 'APPROVE' ? 'deposit.topup.approved' : 'deposit.topup.rejected',
      targetType: 'DepositTopUp',
      targetId: topUp.id,
      ipAddress: input.ipAddress,
      before: { status: topUp.status },
      after: {
        status,
        outletId: topUp.outletId,
        amount: topUp.amount,
        ...(decision.decision === 'REJECT' ? { reason: decision.reason } : {}),
      },
    });
    return { status };
  });
}
