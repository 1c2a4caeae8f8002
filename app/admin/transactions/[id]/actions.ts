'use server';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import {
  recheckTransactionSchema,
  resolveTransactionSchema,
} from '@/lib/domain/admin-transactions';
import { recheckTransaction } from '@/lib/server/admin/transactions/recheck-transaction';
import { refundTransaction } from '@/lib/server/admin/transactions/refund-transaction';
import { resolveTransaction } from '@/lib/server/admin/transactions/resolve-transaction';
import { sendRefunds } from '@/lib/server/jobs/send-refunds';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';

// What an action caused goes out now rather than at the worker's next round: a refund to the
// gateway, then the e-mails (receipt, failure, refund). The worker retries whatever this misses.
function afterAction(transactionId: string) {
  after(async () => {
    await sendRefunds();
    await deliverOutbox();
  });
  revalidatePath(`/admin/transactions/${transactionId}`);
  revalidatePath('/admin');
}

export const recheckTransactionAction = roleAction(
  ['ADMIN'],
  recheckTransactionSchema,
  async (input, { actor, ipAddress }) => {
    const result = await recheckTransaction({ actor, ...input, ipAddress });
    afterAction(input.transactionId);
    return result;
  },
);

export const resolveTransactionAction = roleAction(
  ['ADMIN'],
  resolveTransactionSchema,
  async (input, { actor, ipAddress }) => {
    const result = await resolveTransaction({ actor, ...input, ipAddress });
    afterAction(input.transactionId);
    return result;
  },
);

// The form's typed values as they are: the use case parses and checks them (the amount against
// what is still refundable), so its field errors reach the form.
const refundRequest = z.object({
  transactionId: z.string().max(64),
  amount: z.string().max(40),
  reason: z.string().max(2_000),
  refundsSeen: z.number().int().min(0).max(1_000),
});

export const refundTransactionAction = roleAction(
  ['ADMIN'],
  refundRequest,
  async (input, { actor, ipAddress }) => {
    const result = await refundTransaction({ actor, ...input, ipAddress });
    afterAction(input.transactionId);
    return result;
  },
);
