import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { depositAccountCode, depositAdjustmentPostings } from '@/lib/domain/ledger';
import type { Actor } from '@/lib/server/actor';
import { depositBalances } from '@/lib/server/deposits/deposit-balances';
import { postLedgerTransaction } from '@/lib/server/ledger/post-ledger-transaction';
import { createUser } from './factories';

/** An outlet with its owner and one cashier, named uniquely. */
export async function outletWithCashier(options: { markup?: number } = {}) {
  const owner = await createUser({ role: 'AGENT', name: 'Pemilik Uji' });
  const cashier = await createUser({ role: 'AGENT', name: 'Kasir Uji' });
  const outlet = await db.outlet.create({
    data: {
      name: `Loket Uji ${randomUUID().slice(0, 6)}`,
      address: 'Jl. Uji No. 1',
      ownerId: owner.user.id,
      markup: options.markup ?? 0,
      members: {
        create: [
          { userId: owner.user.id, role: 'OWNER' },
          { userId: cashier.user.id, role: 'CASHIER' },
        ],
      },
    },
  });
  return { outlet, owner: owner.actor, cashier: cashier.actor };
}

/** Puts money on an outlet's deposit through the ledger, as an adjustment. */
export async function fundDeposit(outletId: string, amount: number) {
  await db.$transaction((tx) =>
    postLedgerTransaction(tx, {
      idempotencyKey: `test-funding:${randomUUID()}`,
      kind: 'DEPOSIT_ADJUSTMENT',
      description: 'test funding',
      postings: depositAdjustmentPostings({ outletId, amount }),
    }),
  );
}

/** An open shift for the cashier, made directly (the shift use cases have their own tests). */
export async function openShiftFor(cashier: Actor, outletId: string) {
  return db.shift.create({
    data: { outletId, cashierId: cashier.id, openKey: cashier.id, openingCash: 0 },
  });
}

export const depositOf = (outletId: string) => depositBalances(outletId);

/**
 * The deposit account's balance after each of its entries, in the order they were written
 * (SQLite's rowid: one writer at a time, so the commit order), as what it owes the outlet.
 */
export async function depositRunningBalances(outletId: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ debit: unknown; credit: unknown }[]>`
    SELECT e."debit", e."credit" FROM "LedgerEntry" e
    JOIN "LedgerAccount" a ON a."id" = e."accountId"
    WHERE a."code" = ${depositAccountCode(outletId)}
    ORDER BY e.rowid`;
  let owed = 0;
  return rows.map((row) => (owed += Number(row.credit) - Number(row.debit)));
}
