import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { billTotal } from '@/lib/domain/bill';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import { checkReference } from '@/lib/domain/references/rules';
import { INQUIRY_TTL_MS } from '@/lib/domain/transaction-state';
import { env } from '@/lib/env';
import { billerSwitch } from '@/lib/integrations/biller-switch';
import type { BillerSwitch, InquiryOutcome } from '@/lib/integrations/biller-switch/types';
import { log } from '@/lib/log';
import { assertRole, type Actor } from '../actor';
import { getBiller, type BillerDetail } from '../catalogue/get-biller';
import { AppError } from '../errors';
import { consumeRateLimit } from '../rate-limit';
import { refusalError } from './inquiry-refusals';

function ensureOpen(biller: BillerDetail) {
  const { availability } = biller;
  if (availability.state === 'maintenance') {
    throw new AppError('CONFLICT', 'billerMaintenance', { params: { biller: biller.name } });
  }
  if (availability.state === 'cut-off') {
    throw new AppError('CONFLICT', 'billerCutOff', {
      params: { biller: biller.name, until: availability.until },
    });
  }
}

/**
 * Asks the biller who the customer is and what is owed, and keeps the answer as an INQUIRED
 * transaction for 15 minutes. The reference is checked locally first: a number that breaks its
 * rule never reaches the switch. The switch is called outside any database transaction.
 */
export async function createInquiry(input: {
  actor: Actor | null;
  billerCode: string;
  customerNo: string;
  locale: Locale;
  now?: Date;
  billerSwitch?: BillerSwitch;
}): Promise<{ id: string }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const now = input.now ?? new Date();
  const biller = await getBiller({ code: input.billerCode, locale: input.locale, now });
  ensureOpen(biller);

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

  const limit = await consumeRateLimit(`inquiry:user:${actor.id}`, {
    limit: env.INQUIRY_LIMIT_PER_USER,
    windowSeconds: env.INQUIRY_LIMIT_WINDOW_SECONDS,
  });
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

  return db.$transaction(async (tx) => {
    const created = await tx.transaction.create({
      data: {
        userId: actor.id,
        billerId: biller.id,
        productId,
        status: 'INQUIRED',
        customerNo: reference.value,
        customerName: inquiry.customerName,
        inquiryData: JSON.stringify({
          details: inquiry.details,
          periods: inquiry.periods,
          operator,
        }),
        billAmount,
        penalty,
        adminFee: biller.adminFee,
        totalAmount: postpaid
          ? billTotal({ amount: billAmount, penalty, adminFee: biller.adminFee })
          : 0,
        switchInquiryId: refId,
        expiresAt: new Date(now.getTime() + INQUIRY_TTL_MS),
      },
      select: { id: true },
    });
    await tx.transactionEvent.create({
      data: {
        transactionId: created.id,
        fromStatus: null,
        toStatus: 'INQUIRED',
        actorType: 'USER',
        actorId: actor.id,
        reason: `inquiry answered by the switch (rc ${outcome.rc})`,
      },
    });
    return created;
  });
}
