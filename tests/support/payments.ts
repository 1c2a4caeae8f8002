import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { db } from '@/lib/db';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import { createHttpBillerSwitch } from '@/lib/integrations/biller-switch/http-biller-switch';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { createHttpPaymentGateway } from '@/lib/integrations/payment-gateway/http-payment-gateway';
import type { PaymentGateway, WebhookInput } from '@/lib/integrations/payment-gateway/types';
import type { Actor } from '@/lib/server/actor';
import { createInquiry } from '@/lib/server/inquiries/create-inquiry';
import { selectProduct } from '@/lib/server/inquiries/select-product';
import { settlePayments } from '@/lib/server/jobs/settle-payments';
import { accountBalances } from '@/lib/server/ledger/account-balances';
import { checkLedger } from '@/lib/server/ledger/check-ledger';
import { billerPaymentId, payBiller } from '@/lib/server/payments/pay-biller';
import {
  receiveGatewayWebhook,
  type WebhookAnswer,
} from '@/lib/server/payments/receive-gateway-webhook';
import { startCheckout } from '@/lib/server/payments/start-checkout';
import { transition } from '@/lib/server/transactions/transition';
import { seedCatalogueForTests } from './catalogue';
import { createUser } from './factories';
import { startSandbox } from './sandbox-process';

// The payment flow end to end against the real sandbox, without the Next server: the use cases
// are called directly, and a small HTTP server plays the webhook route (app/api/webhooks/gateway).

export const GATEWAY_KEY = 'sandbox-gateway-key-not-a-secret';
export const WEBHOOK_SECRET = 'sandbox-webhook-secret-not-a-secret';
const BILLER_KEY = 'sandbox-biller-key-not-a-secret';

/** How late the sandbox answers a "slow" request; Loket gives up on a payment before that. */
export const SLOW_MS = 1_500;
export const PAYMENT_TIMEOUT_MS = 1_000;

/** Mid-afternoon in Jakarta (15:00 WIB): outside PLN's 23:00-01:00 cut-off, whatever the clock. */
export const AFTERNOON = new Date('2026-11-24T08:00:00Z');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until it gives something truthy; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  read: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

/** The switch adapter with a long inquiry timeout (0408 answers late) and a short payment one. */
export function paymentSwitch(sandboxUrl: string, paymentTimeoutMs = PAYMENT_TIMEOUT_MS) {
  const inner = createHttpBillerSwitch({
    baseUrl: `${sandboxUrl}/h2h`,
    partnerId: 'loket',
    key: BILLER_KEY,
    inquiryTimeoutMs: 5_000,
    paymentTimeoutMs,
  });
  const calls = { inquire: 0, pay: 0, advice: 0 };
  const billerSwitch: BillerSwitch = {
    inquire: (request) => {
      calls.inquire++;
      return inner.inquire(request);
    },
    pay: (request) => {
      calls.pay++;
      return inner.pay(request);
    },
    advice: (request) => {
      calls.advice++;
      return inner.advice(request);
    },
    reverse: (request) => inner.reverse(request),
  };
  return { billerSwitch, calls };
}

export function sandboxGateway(sandboxUrl: string): PaymentGateway {
  return createHttpPaymentGateway({
    baseUrl: `${sandboxUrl}/gateway`,
    serverKey: GATEWAY_KEY,
    webhookSecret: WEBHOOK_SECRET,
    timeoutMs: 5_000,
  });
}

export type Delivery = {
  rawBody: string;
  headers: IncomingHttpHeaders;
  eventId: string;
  type: string;
  orderId: string;
  /** What Loket answered; absent while capturing. */
  answer?: WebhookAnswer;
};

/**
 * The webhook route as a plain HTTP server: each request goes to `receiveGatewayWebhook`, its
 * status is the answer, and after a PAID outcome the biller is paid in the background (the
 * route's `after`). In capture mode it keeps the signed requests for a test to replay and
 * applies nothing.
 */
export async function startWebhookReceiver(options: {
  gateway: PaymentGateway;
  billerSwitch: BillerSwitch;
}) {
  const deliveries: Delivery[] = [];
  const errors: unknown[] = [];
  const inFlight = new Set<Promise<unknown>>();
  /** Transactions whose biller payment the "route" must not start (a process that died). */
  const skipPayBiller = new Set<string>();
  /** Capture mode: for every order, or for these orders only. */
  const state = { capture: false };
  const captureOrders = new Set<string>();

  const track = (work: Promise<unknown>) => {
    const tracked = work.catch((error: unknown) => errors.push(error));
    inFlight.add(tracked);
    void tracked.finally(() => inFlight.delete(tracked));
    return tracked;
  };

  /** One webhook into Loket, exactly as the route does it. */
  async function deliver(
    input: WebhookInput,
    mode: 'background' | 'await' | 'skip' = 'background',
  ): Promise<WebhookAnswer> {
    const answer = await receiveGatewayWebhook({ ...input, gateway: options.gateway });
    const paid = answer.status === 200 ? answer.paidTransactionId : undefined;
    if (paid && mode !== 'skip' && !skipPayBiller.has(paid)) {
      const work = track(payBiller({ transactionId: paid, billerSwitch: options.billerSwitch }));
      if (mode === 'await') await work;
    }
    return answer;
  }

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const delivery: Delivery = { rawBody, headers: request.headers, ...peek(rawBody) };
      deliveries.push(delivery);
      if (state.capture || captureOrders.has(delivery.orderId)) {
        return void response.writeHead(200).end();
      }
      void track(
        deliver({ rawBody, headers: request.headers }).then(
          (answer) => {
            delivery.answer = answer;
            response.writeHead(answer.status, { 'Content-Type': 'application/json' });
            response.end(JSON.stringify(answer));
          },
          (error: unknown) => {
            response.writeHead(500).end();
            throw error;
          },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/gateway`;

  return {
    url,
    deliveries,
    errors,
    skipPayBiller,
    state,
    captureOrders,
    deliver,
    /** Resolves once nothing started by a webhook is still running. */
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

function peek(rawBody: string): Pick<Delivery, 'eventId' | 'type' | 'orderId'> {
  try {
    const json = JSON.parse(rawBody) as { id?: string; type?: string; data?: { orderId?: string } };
    return { eventId: json.id ?? '', type: json.type ?? '', orderId: json.data?.orderId ?? '' };
  } catch {
    return { eventId: '', type: '', orderId: '' };
  }
}

/** Everything a payment test needs: the sandbox, the adapters, the webhook receiver. */
export async function startPaymentHarness(options: { env?: Record<string, string> } = {}) {
  const sandbox = await startSandbox({
    env: {
      SANDBOX_SLOW_MS: String(SLOW_MS),
      SANDBOX_WEBHOOK_RETRY_BASE_MS: '50',
      SANDBOX_WEBHOOK_MAX_ATTEMPTS: '8',
      ...options.env,
    },
  });
  const gateway = sandboxGateway(sandbox.url);
  const { billerSwitch, calls } = paymentSwitch(sandbox.url);
  const receiver = await startWebhookReceiver({ gateway, billerSwitch });
  await seedCatalogueForTests();

  async function control(method: string, path: string, body?: object) {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body && JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
    };
  }

  /** What the switch recorded for a transaction's payment, or null if it never saw one. */
  async function billerRecord(transactionId: string) {
    const { status, body } = await control(
      'GET',
      `/control/billers/transactions/${billerPaymentId(transactionId)}`,
    );
    if (status === 404) return null;
    return body as { status: string; rc: string; timesPaid: number; requests: number };
  }

  /** The sandbox's webhook deliveries, all or for one order. */
  async function gatewayDeliveries(orderId?: string) {
    const query = orderId ? `?orderId=${encodeURIComponent(orderId)}` : '';
    const { body } = await control('GET', `/control/gateway/webhooks${query}`);
    return body.deliveries as {
      eventId: string;
      type: string;
      orderId: string;
      state: 'pending' | 'delivered' | 'gave-up';
      attempts: { status?: number; result: string }[];
    }[];
  }

  /** How many open (unpaid) charges the gateway's simulator lists for an order. */
  async function openChargesAtGateway(orderId: string) {
    const page = await (await fetch(`${sandbox.url}/gateway/simulator`)).text();
    return page.split(`<td>${orderId}</td>`).length - 1;
  }

  /** Waits until the sandbox has nothing left to deliver and every webhook's work is done. */
  async function quiesce(orderId?: string) {
    let calm = 0;
    await waitFor(async () => {
      await receiver.idle();
      const pending = (await gatewayDeliveries(orderId)).some((d) => d.state === 'pending');
      calm = pending ? 0 : calm + 1;
      return calm >= 3;
    }, 'webhook deliveries to settle');
    await receiver.idle();
  }

  return {
    sandbox,
    gateway,
    billerSwitch,
    calls,
    receiver,
    control,
    billerRecord,
    gatewayDeliveries,
    openChargesAtGateway,
    quiesce,
    async addGatewayFault(fault: object) {
      const { status, body } = await control('POST', '/control/gateway/faults', fault);
      expect(status, JSON.stringify(body)).toBe(201);
    },
    async addBillerFault(fault: object) {
      const { status, body } = await control('POST', '/control/billers/faults', fault);
      expect(status, JSON.stringify(body)).toBe(201);
    },
    /** What Loket answered to each webhook of an order, in arrival order ("type status outcome"). */
    outcomes: (orderId: string) =>
      receiver.deliveries
        .filter((d) => d.orderId === orderId)
        .map((d) => {
          const answer = !d.answer
            ? '-'
            : d.answer.status === 200
              ? `200 ${d.answer.outcome}`
              : '401';
          return `${d.type} ${answer}`;
        }),
    payCharge: (gatewayChargeId: string) =>
      control('POST', `/control/gateway/charges/${gatewayChargeId}/pay`),
    expireCharge: (gatewayChargeId: string) =>
      control('POST', `/control/gateway/charges/${gatewayChargeId}/expire`),
    async stop() {
      await receiver.idle();
      await receiver.stop();
      await sandbox.stop();
    },
  };
}

export type PaymentHarness = Awaited<ReturnType<typeof startPaymentHarness>>;

/** A customer who may pay: e-mail and identity verified. */
export async function verifiedCustomer(options: { identity?: boolean } = {}): Promise<Actor> {
  const verifiedAt = new Date('2026-01-05T03:00:00Z');
  const { actor } = await createUser({
    emailVerifiedAt: verifiedAt,
    identityVerifiedAt: options.identity === false ? null : verifiedAt,
  });
  return actor;
}

let nextNumber = Math.floor(Math.random() * 900_000);

/**
 * A fresh 12-digit PLN IDPEL whose last 4 digits pick the sandbox's behaviour ("0001": normal;
 * "0002" fails; "0003" pending then paid; "0004" pending then failed; "0408" slow). Fresh, because
 * a postpaid bill once paid answers "already paid" for the rest of the sandbox's life.
 */
export function idpel(ending = '0001'): string {
  nextNumber = (nextNumber + 1) % 1_000_000;
  return `53${String(nextNumber).padStart(6, '0')}${ending}`;
}

/** An inquiry, a product for prepaid billers, and a checkout: the transaction now awaits money. */
export async function checkout(
  h: PaymentHarness,
  input: {
    customerNo?: string;
    billerCode?: string;
    productCode?: string;
    channel?: string;
    actor?: Actor;
    idempotencyKey?: string;
  } = {},
) {
  const actor = input.actor ?? (await verifiedCustomer());
  const { id: transactionId } = await createInquiry({
    actor,
    billerCode: input.billerCode ?? 'PLN_POSTPAID',
    customerNo: input.customerNo ?? idpel(),
    locale: 'id',
    now: AFTERNOON,
    billerSwitch: h.billerSwitch,
  });
  if (input.productCode) {
    await selectProduct({ actor, transactionId, productCode: input.productCode, now: AFTERNOON });
  }
  const idempotencyKey = input.idempotencyKey ?? randomUUID();
  const result = await startCheckout({
    actor,
    transactionId,
    channel: input.channel ?? 'BCA',
    idempotencyKey,
    gateway: h.gateway,
    notifyUrl: h.receiver.url,
    now: AFTERNOON,
  });
  const charge = await db.paymentCharge.findFirstOrThrow({
    where: { transactionId },
    orderBy: { createdAt: 'desc' },
  });
  return { actor, transactionId, idempotencyKey, result, charge };
}

/** Another charge for a transaction that awaits payment (the customer picked another way). */
export async function checkoutAgain(
  h: PaymentHarness,
  input: { actor: Actor; transactionId: string; channel: string },
) {
  await startCheckout({
    ...input,
    idempotencyKey: randomUUID(),
    gateway: h.gateway,
    notifyUrl: h.receiver.url,
    now: AFTERNOON,
  });
  return db.paymentCharge.findFirstOrThrow({
    where: { transactionId: input.transactionId },
    orderBy: { createdAt: 'desc' },
  });
}

export async function transactionOf(transactionId: string) {
  return db.transaction.findUniqueOrThrow({
    where: { id: transactionId },
    include: { charges: { orderBy: { createdAt: 'asc' } }, refunds: true },
  });
}

export function waitForStatus(
  transactionId: string,
  status: TransactionStatus | TransactionStatus[],
  timeoutMs = 10_000,
) {
  const wanted = Array.isArray(status) ? status : [status];
  return waitFor(
    async () => {
      const txn = await transactionOf(transactionId);
      return wanted.includes(txn.status) ? txn : undefined;
    },
    `transaction ${transactionId} to be ${wanted.join(' or ')}`,
    timeoutMs,
  );
}

/** The states a transaction went through, following each event from the state before it. */
export async function statusPath(transactionId: string): Promise<(TransactionStatus | null)[]> {
  const events = await db.transactionEvent.findMany({ where: { transactionId } });
  const path: (TransactionStatus | null)[] = [null];
  for (;;) {
    const from = path[path.length - 1] ?? null;
    const next = events.filter((event) => event.fromStatus === from);
    if (next.length !== 1) break;
    path.push(next[0]!.toStatus);
  }
  expect(path.length - 1, 'every event is on one chain').toBe(events.length);
  return path.slice(1);
}

/** Net debit minus credit per account of everything posted for one transaction. */
export async function ledgerOf(transactionId: string): Promise<Record<string, number>> {
  const entries = await db.ledgerEntry.findMany({
    where: { ledgerTransaction: { transactionId } },
    select: { debit: true, credit: true, account: { select: { code: true } } },
  });
  const net: Record<string, number> = {};
  for (const { debit, credit, account } of entries) {
    net[account.code] = (net[account.code] ?? 0) + debit - credit;
  }
  return Object.fromEntries(Object.entries(net).filter(([, value]) => value !== 0));
}

/** Cached account balances by code (debit minus credit). */
export async function balances(): Promise<Record<string, number>> {
  return Object.fromEntries((await accountBalances()).map((a) => [a.code, a.balance]));
}

/** What changed between two balance snapshots, accounts that did not move left out. */
export function change(before: Record<string, number>, after: Record<string, number>) {
  const codes = Object.keys(after).filter((code) => after[code] !== (before[code] ?? 0));
  return Object.fromEntries(codes.map((code) => [code, after[code]! - (before[code] ?? 0)]));
}

export async function expectLedgerBalanced() {
  const report = await checkLedger();
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
}

/**
 * What payBiller does before it calls the switch (PAID -> PROCESSING, the payment reference set),
 * and nothing more: a process that dies right after. False if the transaction was not PAID.
 */
export function claimWithoutPaying(transactionId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await transition(tx, {
      transactionId,
      from: 'PAID',
      to: 'PROCESSING',
      actor: { type: 'SYSTEM' },
      reason: 'paying the biller',
    });
    if (claimed) {
      await tx.transaction.update({
        where: { id: transactionId },
        data: { billerPaymentId: billerPaymentId(transactionId) },
      });
    }
    return claimed;
  });
}

let clockHours = 0;

/**
 * Runs the worker's settle job, each time an hour further on (past any advice back-off and the
 * stuck-PROCESSING threshold), until the transaction is in one of `statuses`.
 */
export async function settleUntil(
  billerSwitch: BillerSwitch,
  transactionId: string,
  statuses: TransactionStatus[],
  maxRounds = 6,
) {
  for (let round = 0; round < maxRounds; round++) {
    const txn = await transactionOf(transactionId);
    if (statuses.includes(txn.status)) return txn;
    clockHours++;
    await settlePayments({ now: new Date(Date.now() + clockHours * 3_600_000), billerSwitch });
  }
  const txn = await transactionOf(transactionId);
  expect(statuses).toContain(txn.status);
  return txn;
}

/** A webhook signed the way the gateway signs it, for tests that post their own. */
export function signedHeaders(rawBody: string, timestampSeconds = Math.floor(Date.now() / 1000)) {
  const timestamp = String(timestampSeconds);
  return {
    'content-type': 'application/json',
    'x-gateway-timestamp': timestamp,
    'x-gateway-signature': createHmac('sha256', WEBHOOK_SECRET)
      .update(`${timestamp}.${rawBody}`)
      .digest('hex'),
  };
}
