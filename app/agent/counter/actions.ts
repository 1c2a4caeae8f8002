'use server';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { cashReceivedSchema, openShiftSchema } from '@/lib/domain/counter';
import { createCounterInquiry } from '@/lib/server/counter/create-counter-inquiry';
import { payAtCounter } from '@/lib/server/counter/pay-at-counter';
import { selectCounterProduct } from '@/lib/server/counter/select-counter-product';
import {
  recordReceiptPrint,
  RECEIPT_PRINT_KINDS,
} from '@/lib/server/receipts/record-receipt-print';
import { openShift } from '@/lib/server/shifts/open-shift';

const id = z.string().min(1).max(64);

export const openShiftAction = roleAction(['AGENT'], openShiftSchema, (input, { actor }) =>
  openShift({ actor, openingCash: input.openingCash }),
);

export const counterInquiryAction = roleAction(
  ['AGENT'],
  z.object({ billerCode: z.string().min(1).max(40), customerNo: z.string().max(40) }),
  (input, { actor, locale }) => createCounterInquiry({ actor, locale, ...input }),
);

export const selectCounterProductAction = roleAction(
  ['AGENT'],
  z.object({ transactionId: id, productCode: z.string().min(1).max(40) }),
  (input, { actor, locale }) => selectCounterProduct({ actor, locale, ...input }),
);

export const payAtCounterAction = roleAction(
  ['AGENT'],
  z.object({
    transactionId: id,
    cashReceived: cashReceivedSchema,
    idempotencyKey: z.string().min(8).max(100),
  }),
  (input, { actor }) => payAtCounter({ actor, ...input }),
);

export const recordReceiptPrintAction = roleAction(
  ['AGENT'],
  z.object({ transactionId: id, kind: z.enum(RECEIPT_PRINT_KINDS) }),
  (input, { actor }) => recordReceiptPrint({ actor, ...input }),
);
