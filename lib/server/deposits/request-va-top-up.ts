import 'server-only';
import { db } from '@/lib/db';
import { topUpOrderId, vaTopUpSchema, type TopUpBank } from '@/lib/domain/deposit';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import { paymentGateway } from '@/lib/integrations/payment-gateway';
import type { PaymentGateway } from '@/lib/integrations/payment-gateway/types';
import { log } from '@/lib/log';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { requireOutletMember } from '../outlets/outlet-membership';
import { withIdempotency } from '../payments/idempotency';
import { consumeRateLimit } from '../rate-limit';
import { parseInput } from '../validation';

/** A top-up VA stays open for a day: the owner pays it from their own bank app. */
const VA_WINDOW_SECONDS = 24 * 60 * 60;
export const TOP_UP_LIMIT = { limit: 20, windowSeconds: 60 * 60 };

export type VaTopUp = {
  id: string;
  bank: TopUpBank;
  vaNumber: string;
  amount: number;
  /** ISO time: the answer is replayed from JSON for a repeated key. */
  expiresAt: string;
};

/**
 * The outlet's owner asks for a virtual account to top the deposit up. The amount is checked
 * here again; the top-up row exists before the gateway is called, and its id is the charge's
 * order id, so the verified webhook finds it and credits it once. A repeated key returns the
 * same VA.
 */
export async function requestVaTopUp(input: {
  actor: Actor | null;
  amount: unknown;
  bank: unknown;
  idempotencyKey: unknown;
  gateway?: PaymentGateway;
  notifyUrl?: string;
  now?: Date;
}): Promise<VaTopUp> {
  const member = await requireOutletMember(input.actor, ['OWNER']);
  const owner = member.actor;
  const { amount, bank, idempotencyKey } = parseInput(vaTopUpSchema, input);
  return withIdempotency(`topup-va:${owner.id}:${idempotencyKey}`, { amount, bank }, async () => {
    const limit = await consumeRateLimit(`topup:outlet:${member.outletId}`, TOP_UP_LIMIT);
    if (!limit.allowed) {
      throw new AppError('RATE_LIMITED', 'tooManyTopUps', {
        params: { minutes: retryAfterMinutes(limit.retryAfterSeconds) },
      });
    }
    const topUp = await db.depositTopUp.create({
      data: {
        outletId: member.outletId,
        requestedById: owner.id,
        method: 'VA',
        channel: bank,
        amount,
        status: 'PENDING',
      },
      select: { id: true },
    });
    const result = await (input.gateway ?? paymentGateway()).createCharge({
      idempotencyKey: `topup:${topUp.id}`,
      orderId: topUpOrderId(topUp.id),
      amount,
      method: 'VA',
      channel: bank,
      expiresInSeconds: VA_WINDOW_SECONDS,
      notifyUrl: input.notifyUrl,
      customer: { name: member.outlet.name, email: owner.email },
    });
    if (result.kind !== 'created' || !result.charge.va) {
      log('warn', 'top-up VA not created', { topUpId: topUp.id, result: result.kind });
      // No number to pay was shown; should the charge exist after all, its payment is still
      // credited (the webhook credits an expired top-up too).
      await db.depositTopUp.update({ where: { id: topUp.id }, data: { status: 'EXPIRED' } });
      throw new AppError('UNAVAILABLE', 'gatewayUnavailable');
    }
    const { charge } = result;
    if (charge.amount !== amount || charge.currency !== 'IDR') {
      throw new Error(`gateway opened top-up charge ${charge.id} for ${charge.amount}`);
    }
    const va = charge.va as { number: string };
    await db.depositTopUp.update({
      where: { id: topUp.id },
      data: {
        gatewayChargeId: charge.id,
        vaNumber: va.number,
        expiresAt: new Date(charge.expiresAt),
      },
    });
    return { id: topUp.id, bank, vaNumber: va.number, amount, expiresAt: charge.expiresAt };
  });
}
