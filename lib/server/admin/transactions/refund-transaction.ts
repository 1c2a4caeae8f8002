import 'server-only';
import { db } from '@/lib/db';
import {
  ADMIN_REFUND_REASON,
  adminRefundId,
  adminRefundOwedPostings,
  adminRefundSplit,
  checkRefundAmount,
} from '@/lib/domain/admin-refund';
import { refundTransactionSchema } from '@/lib/domain/admin-transactions';
import { formatRupiah } from '@/lib/domain/money';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { postLedgerTransaction } from '../../ledger/post-ledger-transaction';
import { isUniqueViolation } from '../../prisma-errors';
import { parseInput } from '../../validation';
import { refundState } from './refund-state';

const madeMeanwhile = () =>
  new AppError('CONFLICT', 'refundMadeMeanwhile', { internal: 'admin refund already made' });

/**
 * Refunds a successful online sale, in full or in part, with a reason. One DB transaction
 * claims the refund (its id is numbered by the admin refunds the admin saw, and unique, so two
 * admins on the same page cannot both refund), posts what is now owed to the customer (see
 * lib/domain/admin-refund.ts), queues the refund for the gateway and writes the audit entry.
 * The refund sender then pays it out; its return moves a sale refunded in full to REFUNDED and
 * tells the customer by notice and e-mail.
 */
export async function refundTransaction(input: {
  actor: Actor | null;
  transactionId: string;
  amount: string;
  reason: string;
  refundsSeen: number;
  ipAddress?: string;
  now?: Date;
}): Promise<{ refundId: string; amount: number }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { transactionId, amount, reason, refundsSeen } = parseInput(refundTransactionSchema, {
    transactionId: input.transactionId,
    amount: input.amount,
    reason: input.reason,
    refundsSeen: input.refundsSeen,
  });
  const now = input.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const txn = await tx.transaction.findUnique({
        where: { id: transactionId },
        select: { status: true, customerNo: true, biller: { select: { code: true } } },
      });
      if (!txn) throw new AppError('NOT_FOUND', 'transactionNotFound');
      const state = txn.status === 'SUCCESS' ? await refundState(tx, transactionId) : null;
      if (!state) {
        throw new AppError('CONFLICT', 'refundNotAllowed', { internal: `status ${txn.status}` });
      }
      if (state.adminRefunds !== refundsSeen) throw madeMeanwhile();
      const check = checkRefundAmount({ paid: state.paid, refunded: state.refunded, amount });
      if (check === 'nothingLeft') throw new AppError('CONFLICT', 'nothingLeftToRefund');
      if (check !== 'ok') {
        throw new AppError('VALIDATION', 'validationFailed', {
          fieldErrors: {
            amount: [
              { key: 'validation.refundAmountTooHigh', params: { max: formatRupiah(state.left) } },
            ],
          },
        });
      }
      const refundId = adminRefundId(transactionId, refundsSeen);
      // The claim: a second refund with this id (another admin, a second click) fails here.
      await tx.refund.create({
        data: {
          refundId,
          transactionId,
          chargeId: state.chargeId,
          amount,
          reason: ADMIN_REFUND_REASON,
          status: 'PENDING',
          requestedAt: now,
        },
      });
      const split = adminRefundSplit({
        fees: state.fees,
        refundedBefore: state.refundedByAdmins,
        amount,
      });
      await postLedgerTransaction(tx, {
        idempotencyKey: `refund:${refundId}:owed`,
        kind: 'ADMIN_REFUND_OWED',
        transactionId,
        description: `${txn.biller.code} ${txn.customerNo} refunded by an admin`,
        postings: adminRefundOwedPostings(split),
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'transaction.refund',
        targetType: 'Transaction',
        targetId: transactionId,
        ipAddress: input.ipAddress,
        before: { status: txn.status, refunded: state.refunded, paid: state.paid },
        after: { refundId, amount, reason, ...split },
      });
      return { refundId, amount };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'refundId')) throw madeMeanwhile();
    throw error;
  }
}
