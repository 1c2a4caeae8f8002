import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { DEPOSIT_LEDGER_KINDS } from '@/lib/domain/deposit';
import {
  agentCommissionPostings,
  depositHoldPostedPostings,
  depositHoldReleasedPostings,
} from '@/lib/domain/ledger';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction';
import type { Settlement } from '../payments/apply-biller-outcome';
import { issueReceipt } from '../receipts/issue-receipt';

/**
 * How the biller's answer moves the money of a counter sale, or null when the transaction was
 * not paid from a deposit. Success posts the hold to the biller and our fees and pays the
 * outlet its commission; failure releases the hold back to the deposit (the cashier hands the
 * customer's cash back: nothing goes through the gateway). The hold's status moves only from
 * HELD, so it is resolved once, whichever answer comes first.
 */
export async function counterSettlement(
  tx: DbTransaction,
  transactionId: string,
): Promise<Settlement | null> {
  const hold = await tx.depositHold.findUnique({ where: { transactionId } });
  if (!hold) return null;
  const txn = await tx.transaction.findUniqueOrThrow({
    where: { id: transactionId },
    include: { biller: true, product: true },
  });
  const { id: holdId, outletId, amount } = hold;

  async function resolve(status: 'POSTED' | 'RELEASED', now: Date) {
    const { count } = await tx.depositHold.updateMany({
      where: { id: holdId, status: 'HELD' },
      data: { status, resolvedAt: now },
    });
    if (count === 0) throw new Error(`deposit hold of ${transactionId} is no longer HELD`);
  }

  return {
    txn,
    async confirm(now) {
      await resolve('POSTED', now);
      const owedToBiller =
        txn.biller.kind === 'PREPAID'
          ? (txn.product?.faceValue ?? 0)
          : txn.billAmount + txn.penalty;
      const label = `${txn.biller.code} ${txn.customerNo}`;
      await postLedgerTransaction(tx, {
        idempotencyKey: `txn:${transactionId}:hold-posted`,
        kind: DEPOSIT_LEDGER_KINDS.holdPosted,
        transactionId,
        description: `${label} paid at the biller from the deposit`,
        postings: depositHoldPostedPostings({
          outletId,
          billAmount: owedToBiller,
          fees: amount - owedToBiller,
        }),
      });
      if (txn.commission > 0) {
        await postLedgerTransaction(tx, {
          idempotencyKey: `txn:${transactionId}:commission`,
          kind: DEPOSIT_LEDGER_KINDS.commission,
          transactionId,
          description: `commission on ${label}`,
          postings: agentCommissionPostings({ outletId, commission: txn.commission }),
        });
      }
      await issueReceipt(tx, { transactionId, chargeId: null, now });
    },
    async fail(now) {
      await resolve('RELEASED', now);
      await postLedgerTransaction(tx, {
        idempotencyKey: `txn:${transactionId}:hold-released`,
        kind: DEPOSIT_LEDGER_KINDS.holdReleased,
        transactionId,
        description: `${txn.biller.code} ${txn.customerNo} refused by the biller: hold released`,
        postings: depositHoldReleasedPostings({ outletId, amount }),
      });
    },
  };
}
