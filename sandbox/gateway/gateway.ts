import { refundedAmount, type Charge, type Refund } from './charge';
import { createFaultStore } from './faults';
import { createLifecycle } from './lifecycle';
import { newCharge } from './new-charge';
import type { CreateChargeBody, RefundBody } from './schemas';
import { createWebhookSender } from './webhooks';

export type GatewayOptions = {
  webhookUrl: string;
  webhookSecret: string;
  retryBaseMs: number;
  maxAttempts: number;
};

type RefundRefusal = {
  ok: false;
  status: 409 | 422;
  error: 'refund_conflict' | 'charge_not_refundable' | 'refund_exceeds_paid';
  message: string;
};

/** JSON with sorted keys, so that the same request always reads the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** One gateway: its own charges, refunds, faults and webhooks, so sandboxes never share state. */
export function createGateway(options: GatewayOptions) {
  const charges = new Map<string, Charge>();
  const vaNumbers = new Map<string, string>();
  const idempotency = new Map<string, { request: string; chargeId: string }>();
  const refunds = new Map<string, { chargeId: string; refund: Refund }>();
  const faults = createFaultStore();
  const webhooks = createWebhookSender({
    secret: options.webhookSecret,
    retryBaseMs: options.retryBaseMs,
    maxAttempts: options.maxAttempts,
  });
  const lifecycle = createLifecycle({ faults, webhooks, webhookUrl: options.webhookUrl });

  /** The charge as of now: one past its expiry is expired on the spot, timer or not. */
  function find(id: string): Charge | undefined {
    const charge = charges.get(id);
    if (charge) lifecycle.expireIfDue(charge);
    return charge;
  }

  function create(
    body: CreateChargeBody,
    idempotencyKey: string,
    baseUrl: string,
  ): { ok: true; charge: Charge; replayed: boolean } | { ok: false } {
    const request = canonical(body);
    const seen = idempotency.get(idempotencyKey);
    const earlier = seen && find(seen.chargeId);
    if (earlier) {
      return seen.request === request
        ? { ok: true, charge: earlier, replayed: true }
        : { ok: false };
    }
    const charge = newCharge(body, baseUrl, (number) => vaNumbers.has(number));
    charges.set(charge.id, charge);
    if (charge.va) vaNumbers.set(charge.va.number, charge.id);
    idempotency.set(idempotencyKey, { request, chargeId: charge.id });
    const dueInMs = Date.parse(charge.expiresAt) - Date.now();
    setTimeout(() => lifecycle.expireIfDue(charge), dueInMs).unref();
    return { ok: true, charge, replayed: false };
  }

  function refund(
    charge: Charge,
    body: RefundBody,
  ): { ok: true; refund: Refund; replayed: boolean } | RefundRefusal {
    const seen = refunds.get(body.refundId);
    if (seen) {
      const same =
        seen.chargeId === charge.id &&
        seen.refund.amount === body.amount &&
        seen.refund.reason === body.reason;
      if (same) return { ok: true, refund: seen.refund, replayed: true };
      const message = 'this refundId was used for another refund';
      return { ok: false, status: 409, error: 'refund_conflict', message };
    }
    if (charge.status !== 'PAID' && charge.status !== 'PARTIALLY_REFUNDED') {
      const message = `a ${charge.status} charge cannot be refunded`;
      return { ok: false, status: 409, error: 'charge_not_refundable', message };
    }
    const left = charge.amount - refundedAmount(charge);
    if (body.amount > left) {
      const message = `at most ${left} of this charge can still be refunded`;
      return { ok: false, status: 422, error: 'refund_exceeds_paid', message };
    }
    const refund: Refund = { ...body, status: 'SUCCEEDED', createdAt: new Date().toISOString() };
    charge.refunds.push(refund);
    refunds.set(refund.refundId, { chargeId: charge.id, refund });
    charge.status = body.amount === left ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    lifecycle.refunded(charge, refund);
    return { ok: true, refund, replayed: false };
  }

  function expireNow(charge: Charge): boolean {
    if (charge.status !== 'PENDING') return false;
    charge.expiresAt = new Date().toISOString();
    void lifecycle.expire(charge);
    return true;
  }

  return {
    create,
    find,
    byVaNumber: (number: string) => {
      const id = vaNumbers.get(number);
      return id === undefined ? undefined : find(id);
    },
    open: () =>
      [...charges.keys()]
        .map(find)
        .filter((charge): charge is Charge => charge?.status === 'PENDING'),
    /** Every charge it ever took, for the settlement file. */
    all: () => [...charges.values()],
    refund,
    expireNow,
    pay: lifecycle.pay,
    fail: lifecycle.fail,
    faults,
    webhooks,
  };
}

export type Gateway = ReturnType<typeof createGateway>;
