import 'server-only';
import { db } from '@/lib/db';
import {
  isPaymentChannel,
  methodFee,
  methodOfChannel,
  type PaymentChannel,
} from '@/lib/domain/payment-methods';
import { env } from '@/lib/env';
import { paymentGateway } from '@/lib/integrations/payment-gateway';
import type { CreateChargeInput, PaymentGateway } from '@/lib/integrations/payment-gateway/types';
import { log } from '@/lib/log';
import { toLocale, type Locale } from '@/lib/domain/locale';
import { assertRole, type Actor } from '../actor';
import { assertBillerOpen, billerAvailability } from '../catalogue/biller-availability';
import { AppError } from '../errors';
import { transition } from '../transactions/transition';
import { refuseBlockedReference } from '../fraud/refuse-blocked-reference';
import { withIdempotency } from './idempotency';

export type CheckoutResult = { transactionId: string; redirectUrl: string | null };

// A virtual account stays open for an hour (people pay it from another app); cards and wallets
// are paid on the spot.
const PAYMENT_WINDOW_SECONDS = { VA: 60 * 60, CARD: 15 * 60, EWALLET: 15 * 60 } as const;

/**
 * Starts paying an inquiry with the chosen channel: the total (bill, admin fee and the
 * channel's fee) is computed here, never taken from the browser. The customer's idempotency key
 * makes a double click or a retry return the first answer and never open a second charge.
 */
export async function startCheckout(input: {
  actor: Actor | null;
  transactionId: string;
  channel: string;
  idempotencyKey: string;
  gateway?: PaymentGateway;
  notifyUrl?: string;
  now?: Date;
}): Promise<CheckoutResult> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  if (!isPaymentChannel(input.channel)) throw new AppError('VALIDATION', 'paymentMethodUnknown');
  const channel: PaymentChannel = input.channel;
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      emailVerifiedAt: true,
      identityVerifiedAt: true,
      name: true,
      email: true,
      locale: true,
    },
  });
  if (!user.emailVerifiedAt || !user.identityVerifiedAt) {
    throw new AppError('FORBIDDEN', 'verificationRequired');
  }
  return withIdempotency(
    `checkout:${actor.id}:${input.idempotencyKey}`,
    { transactionId: input.transactionId, channel },
    () =>
      openCharge({
        ...input,
        actor,
        channel,
        locale: toLocale(user.locale),
        customer: { name: user.name, email: user.email },
      }),
  );
}

async function openCharge(input: {
  actor: Actor;
  transactionId: string;
  channel: PaymentChannel;
  idempotencyKey: string;
  customer: { name: string; email: string };
  locale: Locale;
  gateway?: PaymentGateway;
  notifyUrl?: string;
  now?: Date;
}): Promise<CheckoutResult> {
  const now = input.now ?? new Date();
  const method = methodOfChannel(input.channel);
  const txn = await db.transaction.findFirst({
    where: { id: input.transactionId, userId: input.actor.id },
    include: { biller: true },
  });
  if (!txn) throw new AppError('NOT_FOUND', 'inquiryNotFound');
  if (txn.biller.kind === 'PREPAID' && !txn.productId)
    throw new AppError('CONFLICT', 'chooseProductFirst');
  if (txn.status === 'INQUIRED' && txn.expiresAt <= now)
    throw new AppError('CONFLICT', 'inquiryExpired');
  if (txn.status !== 'INQUIRED' && txn.status !== 'AWAITING_PAYMENT') {
    throw new AppError('CONFLICT', 'paymentNotOpen');
  }
  // Disabled, in maintenance or in its cut-off since the bill was checked: no money is taken.
  assertBillerOpen(
    billerAvailability(txn.biller, input.locale, now),
    input.locale === 'id' ? txn.biller.nameId : txn.biller.nameEn,
  );
  await refuseBlockedReference(txn);
  const fee = methodFee(input.channel, txn.totalAmount);
  const windowSeconds = PAYMENT_WINDOW_SECONDS[method];

  await db.$transaction(async (tx) => {
    if (txn.status === 'INQUIRED') {
      const moved = await transition(tx, {
        transactionId: txn.id,
        from: 'INQUIRED',
        to: 'AWAITING_PAYMENT',
        actor: { type: 'USER', id: input.actor.id },
        reason: `checkout with ${input.channel}`,
      });
      if (!moved) throw new AppError('CONFLICT', 'paymentNotOpen');
    }
    await tx.transaction.update({
      where: { id: txn.id },
      data: { methodFee: fee, expiresAt: new Date(now.getTime() + windowSeconds * 1000) },
    });
  });

  const result = await (input.gateway ?? paymentGateway()).createCharge({
    idempotencyKey: `${input.actor.id}:${input.idempotencyKey}`,
    orderId: txn.id,
    amount: txn.totalAmount + fee,
    method,
    channel: input.channel,
    expiresInSeconds: windowSeconds,
    returnUrl: new URL(`/home/payments/${txn.id}`, env.APP_URL).toString(),
    notifyUrl: input.notifyUrl,
    customer: input.customer,
  } as CreateChargeInput);
  if (result.kind !== 'created') {
    log('warn', 'charge not created', {
      transactionId: txn.id,
      result: result.kind,
      reason: result.reason,
    });
    throw new AppError('UNAVAILABLE', 'gatewayUnavailable');
  }
  const { charge } = result;
  if (charge.amount !== txn.totalAmount + fee || charge.currency !== 'IDR') {
    throw new Error(
      `gateway opened charge ${charge.id} for ${charge.amount} instead of ${txn.totalAmount + fee}`,
    );
  }
  await db.paymentCharge.upsert({
    where: { gatewayChargeId: charge.id },
    update: {},
    create: {
      transactionId: txn.id,
      gatewayChargeId: charge.id,
      method,
      channel: input.channel,
      amount: charge.amount,
      currency: charge.currency,
      status: 'PENDING',
      vaNumber: charge.va?.number ?? null,
      actionUrl: charge.actionUrl ?? null,
      qrString: charge.qr?.string ?? null,
      expiresAt: new Date(charge.expiresAt),
    },
  });
  // A QR code is shown on Loket's own page; cards and wallet approvals happen on the gateway's.
  return { transactionId: txn.id, redirectUrl: charge.qr ? null : (charge.actionUrl ?? null) };
}
