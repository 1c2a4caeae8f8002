import 'server-only';
import { randomUUID } from 'node:crypto';
import { db, type DbTransaction } from '@/lib/db';
import { DEPOSIT_LEDGER_KINDS } from '@/lib/domain/deposit';
import {
  adjustmentLedgerKey,
  depositAdjustmentSchema,
  signedAdjustmentAmount,
  type DepositAdjustmentInput,
} from '@/lib/domain/deposit-adjustment';
import { depositAccountCode, depositAdjustmentPostings } from '@/lib/domain/ledger';
import { formatRupiah } from '@/lib/domain/money';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { InsufficientBalanceError } from '../ledger/errors';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction';
import { parseInput } from '../validation';
import { depositBalances } from './deposit-balances';

export type DepositAdjustmentResult = {
  adjustmentId: string;
  /** Signed: positive added to the deposit, negative taken away. */
  amount: number;
  /** The available deposit now. */
  available: number;
  /** True when the key had already made this adjustment: nothing new was posted. */
  replayed: boolean;
};

/**
 * An admin adds to or takes from an outlet's deposit, with a reason the owner reads on the
 * statement. One DB transaction: the adjustment row, its ledger posting and the audit entry land
 * together or not at all. The form's idempotency key makes a double click adjust once (the same
 * key with other content is refused), and the ledger's guard keeps the deposit from going below
 * zero whatever runs at the same time.
 */
export async function adjustDeposit(input: {
  actor: Actor | null;
  adjustment: unknown;
  ipAddress?: string | null;
}): Promise<DepositAdjustmentResult> {
  const admin = assertRole(input.actor, ['ADMIN']);
  const adjustment = parseInput(depositAdjustmentSchema, input.adjustment);
  const amount = signedAdjustmentAmount(adjustment);
  try {
    return await db.$transaction(async (tx) => {
      const outlet = await tx.outlet.findUnique({
        where: { id: adjustment.outletId },
        select: { id: true },
      });
      if (!outlet) throw new AppError('NOT_FOUND', 'outletNotFound');
      const id = randomUUID();
      // The unique key decides who adjusts, without a prior read: a concurrent duplicate waits
      // for the first, then inserts nothing and answers with the first one's result.
      const inserted = await tx.$executeRaw`
        INSERT INTO "DepositAdjustment"
          ("id", "outletId", "amount", "reason", "createdById", "idempotencyKey", "createdAt")
        VALUES (${id}, ${outlet.id}, ${amount}, ${adjustment.reason}, ${admin.id},
          ${adjustment.idempotencyKey}, ${new Date()})
        ON CONFLICT ("idempotencyKey") DO NOTHING`;
      if (inserted === 0) return replay(tx, admin, adjustment, amount);

      const before = await depositBalances(outlet.id, tx);
      await postLedgerTransaction(tx, {
        idempotencyKey: adjustmentLedgerKey(id),
        kind: DEPOSIT_LEDGER_KINDS.adjustment,
        description: `deposit adjustment ${amount > 0 ? '+' : ''}${formatRupiah(amount)} by an admin`,
        postings: depositAdjustmentPostings({ outletId: outlet.id, amount }),
        forbidNegative: [depositAccountCode(outlet.id)],
      });
      const after = await depositBalances(outlet.id, tx);
      await recordAudit(tx, {
        actorId: admin.id,
        action: 'deposit.adjusted',
        targetType: 'Outlet',
        targetId: outlet.id,
        ipAddress: input.ipAddress,
        before: { available: before.available },
        after: {
          available: after.available,
          adjustmentId: id,
          amount,
          reason: adjustment.reason,
        },
      });
      return { adjustmentId: id, amount, available: after.available, replayed: false };
    });
  } catch (error) {
    if (!(error instanceof InsufficientBalanceError)) throw error;
    const { available } = await depositBalances(adjustment.outletId);
    const params = { available: formatRupiah(available) };
    throw new AppError('CONFLICT', 'depositAdjustmentInsufficient', {
      params,
      fieldErrors: { amount: [{ key: 'validation.adjustmentExceedsAvailable', params }] },
    });
  }
}

/** The key was used before: the same adjustment answers as the first did, another is refused. */
async function replay(
  tx: DbTransaction,
  admin: Actor,
  adjustment: DepositAdjustmentInput,
  amount: number,
): Promise<DepositAdjustmentResult> {
  const first = await tx.depositAdjustment.findUniqueOrThrow({
    where: { idempotencyKey: adjustment.idempotencyKey },
  });
  const same =
    first.outletId === adjustment.outletId &&
    first.amount === amount &&
    first.reason === adjustment.reason &&
    first.createdById === admin.id;
  if (!same) throw new AppError('CONFLICT', 'idempotencyKeyReused');
  const { available } = await depositBalances(first.outletId, tx);
  return { adjustmentId: first.id, amount: first.amount, available, replayed: true };
}
