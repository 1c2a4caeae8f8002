import type { CardSummary, Charge, Refund } from './charge';
import { chargeEvent, mismatchedAmount, staleExpiry, type EventType } from './events';
import type { FaultStore } from './faults';
import type { WebhookSender } from './webhooks';

// How a charge moves (paid, failed, expired, refunded), each move announced by a webhook, and
// where injected faults bend the story.

type Refusal = {
  ok: false;
  error: 'charge_expired' | 'charge_not_payable';
  message: string;
};

const wait = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

const after = (done: Promise<void>, delayMs: number | undefined, then: () => Promise<void>) =>
  done.then(() => wait(delayMs ?? 0)).then(then);

export function createLifecycle(options: {
  faults: FaultStore;
  webhooks: WebhookSender;
  webhookUrl: string;
}) {
  const { faults, webhooks } = options;

  /** Sends what happened to the charge; `notBefore` holds the event back until it settles. */
  function emit(
    charge: Charge,
    type: EventType,
    extra: { refund?: Refund; notBefore?: Promise<void>; delayMs?: number } = {},
  ): Promise<void> {
    const event = chargeEvent(type, charge, extra.refund);
    const url = charge.notifyUrl ?? options.webhookUrl;
    const paid = type === 'charge.paid';
    if (paid && faults.take('amount-mismatch', charge)) {
      event.data.amount = mismatchedAmount(charge.amount);
    }
    const failing = faults.take('fail-first-n', charge);
    const duplicate = faults.take('duplicate-webhook', charge);
    const stale = paid ? faults.take('out-of-order', charge) : undefined;
    const sent = after(extra.notBefore ?? Promise.resolve(), extra.delayMs, () =>
      webhooks.send(event, url, failing ? (failing.n ?? 2) : 0),
    );
    if (duplicate) void after(sent, duplicate.delayMs, () => webhooks.send(event, url));
    if (stale) void after(sent, stale.delayMs, () => webhooks.send(staleExpiry(event), url));
    return sent;
  }

  function expire(charge: Charge): Promise<void> {
    charge.status = 'EXPIRED';
    delete charge.authentication;
    return emit(charge, 'charge.expired');
  }

  function expireIfDue(charge: Charge): void {
    if (charge.status === 'PENDING' && Date.parse(charge.expiresAt) <= Date.now()) {
      void expire(charge);
    }
  }

  function fail(charge: Charge, failureCode: string): void {
    charge.status = 'FAILED';
    charge.failureCode = failureCode;
    delete charge.authentication;
    void emit(charge, 'charge.failed');
  }

  function pay(charge: Charge, card?: CardSummary): { ok: true } | Refusal {
    expireIfDue(charge);
    const late = faults.find('late-webhook', charge);
    if (charge.status === 'EXPIRED' && !late) {
      return { ok: false, error: 'charge_expired', message: 'the charge has expired' };
    }
    if (charge.status !== 'PENDING' && charge.status !== 'EXPIRED') {
      return { ok: false, error: 'charge_not_payable', message: `the charge is ${charge.status}` };
    }
    const decline = charge.status === 'PENDING' ? faults.take('decline', charge) : undefined;
    if (decline) {
      fail(charge, decline.failureCode ?? (charge.method === 'CARD' ? '05' : 'DECLINED'));
      return { ok: true };
    }
    // The late payment: the charge expires (and says so) before the money arrives.
    let expired: Promise<void> | undefined;
    if (late) {
      faults.consume(late);
      expired = charge.status === 'PENDING' ? expire(charge) : Promise.resolve();
    }
    charge.status = 'PAID';
    charge.paidAt = new Date().toISOString();
    charge.card = card;
    delete charge.authentication;
    void emit(charge, 'charge.paid', { notBefore: expired, delayMs: late?.delayMs });
    return { ok: true };
  }

  function refunded(charge: Charge, refund: Refund): void {
    void emit(charge, 'refund.succeeded', { refund });
  }

  return { expire, expireIfDue, fail, pay, refunded };
}
