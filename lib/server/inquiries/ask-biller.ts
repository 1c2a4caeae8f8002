import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { billTotal } from '@/lib/domain/bill';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import { checkReference } from '@/lib/domain/references/rules';
import { INQUIRY_TTL_MS } from '@/lib/domain/transaction-state';
import { billerSwitch } from '@/lib/integrations/biller-switch';
import type { BillerSwitch, InquiryOutcome } from '@/lib/integrations/biller-switch/types';
import { log } from '@/lib/log';
import { assertBillerOpen } from '../catalogue/biller-availability';
import { getBiller, type BillerDetail } from '../catalogue/get-biller';
import { AppError } from '../errors';
import { consumeRateLimit } from '../rate-limit';
import { refusalError } from './inquiry-refusals';

// What a customer's bill check and a counter's share: the biller's availability, the local
// reference check, the abuse limit, the switch call (outside any DB transaction) and the row
// that keeps the answer.

export type BillerAnswer = {
  biller: BillerDetail;
  customerNo: string;
  customerName: string;
  operator: string | null;
  productId: string | null;
  inquiryData: string;
  billAmount: number;
  penalty: number;
  /** Postpaid: bill, penalty and admin fee. Prepaid: 0 until a product is chosen. */
  totalAmount: number;
  switchInquiryId: string;
  rc: string;
};

/**
 * Asks the biller who the customer is and what is owed. The reference is checked locally
 * first: a number that breaks its rule never reaches the switch, and neither does a request
 * over the caller's limit.
 */
export async function askBiller(input: {
  billerCode: string;
  customerNo: string;
  locale: Locale;
  now: Date;
  rateLimit: { key: string; limit: number; windowSeconds: number };
  billerSwitch?: BillerSwitch;
}): Promise<BillerAnswer> {
  const biller = await getBiller({ code: input.billerCode, locale: input.locale, now: input.now });
  assertBillerOpen(biller.availability, biller.name);

  const reference = checkReference(biller.rule, input.customerNo, biller.operatorPrefixes);
  if (!reference.ok) {
    throw new AppError('VALIDATION', 'validationFailed', {
      fieldErrors: {
        customerNo: [{ key: `reference.${reference.error.key}`, params: reference.error.params }],
      },
    });
  }
  const operator = reference.operator ?? null;
  const operatorProduct = operator
    ? biller.products.find((p) => p.operator === operator)
    : undefined;
  const productCode = biller.inquiryProductCode ?? operatorProduct?.code;
  if (!productCode) {
    throw new AppError('VALIDATION', 'validationFailed', {
      fieldErrors: { customerNo: [{ key: 'errors.operatorNotServed' }] },
    });
  }

  const { key, ...window } = input.rateLimit;
  const limit = await consumeRateLimit(key, window);
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', 'tooManyInquiries', {
      params: { minutes: retryAfterMinutes(limit.retryAfterSeconds) },
    });
  }

  const refId = `INQ-${randomUUID()}`;
  const outcome: InquiryOutcome = await (input.billerSwitch ?? billerSwitch()).inquire({
    refId,
    productCode,
    customerNo: reference.value,
  });
  if (outcome.kind === 'unavailable') {
    log('warn', 'inquiry unavailable', {
      refId,
      biller: biller.code,
      reason: outcome.reason,
      rc: outcome.rc,
    });
    throw new AppError('UNAVAILABLE', 'switchUnavailable', {
      internal: `switch ${outcome.reason}`,
    });
  }
  if (outcome.kind === 'refused') throw refusalError(outcome.reason, biller.name);

  const { inquiry } = outcome;
  const postpaid = biller.kind === 'POSTPAID';
  const billAmount = postpaid ? inquiry.amount : 0;
  const penalty = postpaid ? inquiry.penalty : 0;
  const owed = billAmount + penalty;
  if (
    postpaid &&
    ((biller.minAmount !== null && owed < biller.minAmount) ||
      (biller.maxAmount !== null && owed > biller.maxAmount))
  ) {
    throw new AppError('CONFLICT', 'amountOutOfRange', {
      params: {
        min: formatRupiah(biller.minAmount ?? 0),
        max: formatRupiah(biller.maxAmount ?? 0),
      },
    });
  }
  const productId =
    postpaid && operatorProduct
      ? (await db.product.findUniqueOrThrow({ where: { code: operatorProduct.code } })).id
      : null;
  return {
    biller,
    customerNo: reference.value,
    customerName: inquiry.customerName,
    operator,
    productId,
    inquiryData: JSON.stringify({ details: inquiry.details, periods: inquiry.periods, operator }),
    billAmount,
    penalty,
    totalAmount: postpaid
      ? billTotal({ amount: billAmount, penalty, adminFee: biller.adminFee })
      : 0,
    switchInquiryId: refId,
    rc: outcome.rc,
  };
}

/**
 * Keeps a biller's answer as an INQUIRED transaction for 15 minutes, with its first event.
 * `counter` marks a sale at an outlet, with the biaya loket and commission it was quoted.
 */
export async function saveInquiry(input: {
  answer: BillerAnswer;
  userId: string;
  now: Date;
  counter?: { outletId: string; outletMarkup: number; commission: number };
}): Promise<{ id: string }> {
  const { answer, userId, now, counter } = input;
  return db.$transaction(async (tx) => {
    const created = await tx.transaction.create({
      data: {
        userId,
        billerId: answer.biller.id,
        productId: answer.productId,
        status: 'INQUIRED',
        customerNo: answer.customerNo,
        customerName: answer.customerName,
        inquiryData: answer.inquiryData,
        billAmount: answer.billAmount,
        penalty: answer.penalty,
        adminFee: answer.biller.adminFee,
        totalAmount: answer.totalAmount,
        switchInquiryId: answer.switchInquiryId,
        expiresAt: new Date(now.getTime() + INQUIRY_TTL_MS),
        ...(counter ?? {}),
      },
      select: { id: true },
    });
    await tx.transactionEvent.create({
      data: {
        transactionId: created.id,
        fromStatus: null,
        toStatus: 'INQUIRED',
        actorType: 'USER',
        actorId: userId,
        reason: `inquiry answered by the switch (rc ${answer.rc})`,
      },
    });
    return created;
  });
}
