'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { saveReferenceSchema } from '@/lib/domain/saved-reference';
import { selectProduct } from '@/lib/server/inquiries/select-product';
import { startCheckout } from '@/lib/server/payments/start-checkout';
import { saveReference } from '@/lib/server/saved-references/save-reference';

export const selectProductAction = roleAction(
  ['CUSTOMER'],
  z.object({ transactionId: z.string().min(1).max(64), productCode: z.string().min(1).max(40) }),
  async (input, { actor }) => {
    const result = await selectProduct({ actor, ...input });
    revalidatePath(`/home/inquiries/${input.transactionId}`);
    return result;
  },
);

export const saveReferenceAction = roleAction(
  ['CUSTOMER'],
  saveReferenceSchema,
  async (input, { actor }) => {
    const result = await saveReference({ actor, ...input });
    revalidatePath(`/home/inquiries/${input.transactionId}`);
    return result;
  },
);

export const startCheckoutAction = roleAction(
  ['CUSTOMER'],
  z.object({
    transactionId: z.string().min(1).max(64),
    channel: z.string().min(1).max(20),
    idempotencyKey: z.uuid(),
  }),
  (input, { actor }) => startCheckout({ actor, ...input }),
);
