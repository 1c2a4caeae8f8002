import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isValidQris, parseQris } from '@/lib/domain/qris';
import { createHttpPaymentGateway } from '@/lib/integrations/payment-gateway/http-payment-gateway';
import type {
  Charge,
  CreateChargeInput,
  GatewayEvent,
  PaymentGateway,
} from '@/lib/integrations/payment-gateway/types';
import { freePort, startSandbox } from '../support/sandbox-process';

// Loket's gateway adapter against the real sandbox program (docs/gateway.md). A small HTTP server
// in the test receives the webhooks; each charge names its own path there as notifyUrl.

const KEY = 'sandbox-gateway-key-not-a-secret';
const SECRET = 'sandbox-webhook-secret-not-a-secret';
const MAX_ATTEMPTS = 4;

const CARDS = {
  visa: '4811 1111 1111 1114',
  mastercard: '5211 1111 1111 1117',
  doNotHonour: '4000 0000 0000 0002',
  insufficientFunds: '4000 0000 0000 9995',
  expiredCard: '4000 0000 0000 0069',
  issuerUnavailable: '4000 0000 0000 0119',
  unknown: '4111 1111 1111 1111',
};
const EXPIRY = `12/${String((new Date().getUTCFullYear() + 3) % 100).padStart(2, '0')}`;

type Received = { path: string; rawBody: string; headers: IncomingHttpHeaders };

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let receiver: Server;
let receiverUrl: string;
let client: PaymentGateway;
const received: Received[] = [];
/** Per receiver path: how many deliveries to answer 500 before answering 200. */
const failuresLeft = new Map<string, number>();
/** Every page and answer the sandbox gave in card tests, to prove no card number comes back. */
const cardTraffic: string[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      if (path.startsWith('/hang')) return;
      received.push({
        path,
        rawBody: Buffer.concat(chunks).toString('utf8'),
        headers: request.headers,
      });
      const left = failuresLeft.get(path) ?? 0;
      failuresLeft.set(path, left - 1);
      response.writeHead(left > 0 ? 500 : 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  sandbox = await startSandbox({
    env: {
      SANDBOX_GATEWAY_WEBHOOK_URL: `${receiverUrl}/hooks/default`,
      SANDBOX_WEBHOOK_RETRY_BASE_MS: '50',
      SANDBOX_WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
    },
  });
  client = connect(`${sandbox.url}/gateway`);
});
afterAll(async () => {
  await sandbox.stop();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

function connect(baseUrl: string, options: { key?: string; timeoutMs?: number } = {}) {
  return createHttpPaymentGateway({
    baseUrl,
    serverKey: options.key ?? KEY,
    webhookSecret: SECRET,
    timeoutMs: options.timeoutMs ?? 2_000,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(read: () => T | undefined | false, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const hookPath = (orderId: string) => `/hooks/${orderId}`;
const deliveriesTo = (orderId: string) => received.filter((r) => r.path === hookPath(orderId));

/** Exactly `count` webhooks for the order, each verified by the adapter, in arrival order. */
async function events(orderId: string, count: number): Promise<GatewayEvent[]> {
  await waitFor(() => deliveriesTo(orderId).length >= count, `${count} webhooks for ${orderId}`);
  await sleep(250);
  const deliveries = deliveriesTo(orderId);
  expect(deliveries).toHaveLength(count);
  return deliveries.map(({ rawBody, headers }) => {
    const verified = client.verifyWebhook({ rawBody, headers });
    if (!verified.ok) throw new Error(`webhook refused: ${verified.reason}`);
    return verified.event;
  });
}

type ChargeOptions = Partial<Omit<CreateChargeInput, 'method' | 'channel'>>;

async function create(
  payWith: Pick<CreateChargeInput, 'method' | 'channel'>,
  options: ChargeOptions = {},
): Promise<Charge> {
  const orderId = options.orderId ?? `ORD-${randomUUID()}`;
  const result = await client.createCharge({
    idempotencyKey: randomUUID(),
    amount: 52_500,
    notifyUrl: `${receiverUrl}${hookPath(orderId)}`,
    ...options,
    orderId,
    ...payWith,
  } as CreateChargeInput);
  if (result.kind !== 'created') throw new Error(`charge refused: ${JSON.stringify(result)}`);
  return result.charge;
}

async function current(charge: Charge): Promise<Charge> {
  const lookup = await client.getCharge(charge.id);
  if (lookup.kind !== 'found') throw new Error(`charge ${charge.id}: ${lookup.kind}`);
  return lookup.charge;
}

async function control(method: string, path: string, body?: object) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const addFault = async (fault: object) => {
  const { status } = await control('POST', '/control/gateway/faults', fault);
  expect(status).toBe(201);
};

async function postForm(url: string, fields: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
  const text = await response.text();
  return { status: response.status, location: response.headers.get('location'), text };
}

/** The browser's way through the hosted card page and the 3-D Secure challenge. */
async function payByCard(charge: Charge, number: string, otp = '123456') {
  const url = charge.actionUrl ?? '';
  const page = await fetch(url);
  expect(page.status).toBe(200);
  cardTraffic.push(await page.text());
  const challenge = await postForm(url, {
    number,
    expiry: EXPIRY,
    cvv: '123',
    name: 'SITI RAHAYU',
  });
  cardTraffic.push(challenge.text);
  expect(challenge.status).toBe(200);
  const result = await postForm(`${url}/3ds`, { otp });
  cardTraffic.push(result.text);
  return result;
}

const RETURN_URL = 'http://shop.test/pay/return?step=done';
const VA = { method: 'VA', channel: 'BCA' } as const;
const CARD = { method: 'CARD', channel: 'CARD' } as const;

describe('virtual accounts', () => {
  it('are paid from the bank, and Loket hears it in a signed webhook', async () => {
    const charge = await create(VA, { amount: 215_000 });
    expect(charge).toMatchObject({
      status: 'PENDING',
      amount: 215_000,
      currency: 'IDR',
      va: { bank: 'BCA', number: expect.stringMatching(/^39358\d{11}$/) },
      refundedAmount: 0,
    });
    const hoursLeft = (Date.parse(charge.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);

    expect((await control('POST', `/control/gateway/charges/${charge.id}/pay`)).status).toBe(200);
    const paid = await current(charge);
    expect(paid).toMatchObject({ status: 'PAID', paidAt: expect.any(String) });
    const [event] = await events(charge.orderId, 1);
    expect(event).toMatchObject({
      id: expect.stringMatching(/^evt_/),
      type: 'charge.paid',
      data: {
        chargeId: charge.id,
        orderId: charge.orderId,
        status: 'PAID',
        amount: 215_000,
        method: 'VA',
        channel: 'BCA',
        paidAt: paid.paidAt,
      },
    });
  });

  it('have each bank’s number length', async () => {
    const lengths = { BCA: 16, BNI: 12, BRI: 18, MANDIRI: 16, PERMATA: 12 } as const;
    for (const [bank, length] of Object.entries(lengths)) {
      const charge = await create({ method: 'VA', channel: bank as keyof typeof lengths });
      expect(charge.va?.number, bank).toMatch(new RegExp(`^\\d{${length}}$`));
    }
  });

  it('are paid on the simulator by number and exact amount, once', async () => {
    const charge = await create({ method: 'VA', channel: 'BNI' }, { amount: 100_000 });
    const simulator = await fetch(`${sandbox.url}/gateway/simulator`);
    expect(await simulator.text()).toContain(charge.va?.number);
    const pay = (amount: number) =>
      postForm(`${sandbox.url}/gateway/simulator/va`, {
        number: charge.va?.number ?? '',
        amount: String(amount),
      });
    expect((await pay(99_999)).status).toBe(400);
    expect((await current(charge)).status).toBe('PENDING');
    expect((await pay(100_000)).status).toBe(200);
    expect((await current(charge)).status).toBe('PAID');
    expect((await pay(100_000)).status).toBe(409);
    expect(
      (await postForm(`${sandbox.url}/gateway/simulator/va`, { number: '0000', amount: '1' }))
        .status,
    ).toBe(404);
    await events(charge.orderId, 1);
  });
});

describe('creating charges', () => {
  it('is idempotent by key, and refuses the key for another request', async () => {
    const orderId = `ORD-${randomUUID()}`;
    const input: CreateChargeInput = {
      idempotencyKey: randomUUID(),
      orderId,
      amount: 75_000,
      method: 'EWALLET',
      channel: 'GOPAY',
      customer: { name: 'Siti Rahayu', email: 'siti@uji.loket.id' },
    };
    const first = await client.createCharge(input);
    const again = await client.createCharge({ ...input });
    expect(first.kind).toBe('created');
    expect(again).toEqual(first);
    expect(await client.createCharge({ ...input, amount: 75_001 })).toMatchObject({
      kind: 'refused',
      reason: 'IDEMPOTENCY_CONFLICT',
    });
  });

  it('refuses a wrong key and a request the gateway cannot take', async () => {
    const wrongKey = connect(`${sandbox.url}/gateway`, { key: 'not-the-server-key-at-all' });
    expect(
      await wrongKey.createCharge({ idempotencyKey: 'k', orderId: 'o', amount: 1, ...VA }),
    ).toMatchObject({ kind: 'refused', reason: 'UNAUTHORIZED' });
    expect(
      await client.createCharge({
        idempotencyKey: randomUUID(),
        orderId: 'o',
        amount: 1,
        method: 'EWALLET',
        channel: 'OVO',
        expiresInSeconds: 3_600,
      }),
    ).toMatchObject({ kind: 'refused', reason: 'INVALID_REQUEST' });
    expect(await client.getCharge('ch_unknown')).toEqual({ kind: 'not_found' });
  });

  it('answers "unavailable" instead of throwing when the gateway is down or silent', async () => {
    const down = connect(`http://127.0.0.1:${await freePort()}/gateway`);
    const input = { idempotencyKey: randomUUID(), orderId: 'o', amount: 1, ...VA };
    expect(await down.createCharge(input)).toEqual({ kind: 'unavailable', reason: 'NETWORK' });
    const silent = connect(`${receiverUrl}/hang`, { timeoutMs: 200 });
    expect(await silent.createCharge(input)).toEqual({ kind: 'unavailable', reason: 'TIMEOUT' });
    expect(await silent.getCharge('ch_x')).toEqual({ kind: 'unavailable', reason: 'TIMEOUT' });
  });
});

describe('cards', () => {
  it.each([
    ['Visa', CARDS.visa, 'VISA', '1114'],
    ['Mastercard', CARDS.mastercard, 'MASTERCARD', '1117'],
  ])(
    '%s approved with OTP 123456 is PAID and returns to the merchant',
    async (_, number, brand, last4) => {
      const charge = await create(CARD, { returnUrl: RETURN_URL });
      expect(charge.actionUrl).toBe(`${sandbox.url}/gateway/pay/card/${charge.id}`);
      const result = await payByCard(charge, number);
      expect(result.status).toBe(303);
      expect(result.location).toBe(`${RETURN_URL}&chargeId=${charge.id}`);
      const paid = await current(charge);
      expect(paid).toMatchObject({
        status: 'PAID',
        card: {
          brand,
          last4,
          token: expect.stringMatching(/^tok_[0-9a-f]{24}$/),
          fingerprint: expect.stringMatching(/^fp_[0-9a-f]{32}$/),
        },
      });
      // The same card again: a new token, the same fingerprint.
      const again = await create(CARD, { returnUrl: RETURN_URL });
      await payByCard(again, number);
      const paidAgain = await current(again);
      expect(paidAgain.card?.token).not.toBe(paid.card?.token);
      expect(paidAgain.card?.fingerprint).toBe(paid.card?.fingerprint);
      const [event] = await events(charge.orderId, 1);
      expect(event).toMatchObject({ type: 'charge.paid', data: { card: paid.card } });
    },
  );

  it.each([
    [CARDS.doNotHonour, '05', 'DO_NOT_HONOUR'],
    [CARDS.insufficientFunds, '51', 'INSUFFICIENT_FUNDS'],
    [CARDS.expiredCard, '54', 'EXPIRED_CARD'],
    [CARDS.issuerUnavailable, '91', 'ISSUER_UNAVAILABLE'],
    [CARDS.unknown, '14', 'INVALID_CARD'],
  ])('%s is declined with %s', async (number, failureCode, failureReason) => {
    const charge = await create(CARD, { returnUrl: RETURN_URL });
    const result = await payByCard(charge, number);
    expect(result.status).toBe(303);
    expect(await current(charge)).toMatchObject({ status: 'FAILED', failureCode, failureReason });
    const [event] = await events(charge.orderId, 1);
    expect(event).toMatchObject({ type: 'charge.failed', data: { failureCode, failureReason } });
    expect(event?.data.card).toBeUndefined();
  });

  it('fails the charge on a wrong OTP, with a page that says so', async () => {
    const charge = await create(CARD, { returnUrl: RETURN_URL });
    const result = await payByCard(charge, CARDS.visa, '654321');
    expect(result.status).toBe(200);
    expect(result.text).toContain('OTP');
    expect(result.text).toContain(`chargeId=${charge.id}`);
    expect(await current(charge)).toMatchObject({
      status: 'FAILED',
      failureReason: 'AUTHENTICATION_FAILED',
    });
    await events(charge.orderId, 1);
  });

  it('refuses a bad number, a past expiry or a bad CVV, and keeps the charge payable', async () => {
    const charge = await create(CARD);
    const url = charge.actionUrl ?? '';
    const good = { number: CARDS.visa, expiry: EXPIRY, cvv: '123', name: 'SITI RAHAYU' };
    for (const bad of [
      { number: '4811 1111 1111 1115' },
      { number: '1234' },
      { expiry: '01/20' },
      { expiry: '13/40' },
      { cvv: '12' },
      { name: ' ' },
    ]) {
      const page = await postForm(url, { ...good, ...bad });
      cardTraffic.push(page.text);
      expect(page.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await postForm(`${url}/3ds`, { otp: '123456' })).status).toBe(409);
    expect((await current(charge)).status).toBe('PENDING');
  });

  it('never hands back a card number, in pages, answers or webhooks', async () => {
    const charge = await create(CARD);
    await payByCard(charge, CARDS.visa);
    await events(charge.orderId, 1);
    const answers = await fetch(`${sandbox.url}/control/gateway/webhooks`);
    cardTraffic.push(await answers.text(), ...received.map((delivery) => delivery.rawBody));
    const everything = cardTraffic.join('\n');
    expect(everything).toContain('1114');
    for (const number of Object.values(CARDS)) {
      expect(everything).not.toContain(number.replaceAll(' ', ''));
      expect(everything).not.toContain(number);
    }
  });
});

describe('e-wallets', () => {
  it('approved in the wallet is PAID, declined is FAILED', async () => {
    const approved = await create(
      { method: 'EWALLET', channel: 'GOPAY' },
      { returnUrl: RETURN_URL },
    );
    expect(approved.actionUrl).toBe(`${sandbox.url}/gateway/pay/ewallet/${approved.id}`);
    expect((await fetch(approved.actionUrl ?? '')).status).toBe(200);
    const approve = await postForm(approved.actionUrl ?? '', { decision: 'approve' });
    expect(approve).toMatchObject({
      status: 303,
      location: `${RETURN_URL}&chargeId=${approved.id}`,
    });
    expect((await current(approved)).status).toBe('PAID');
    expect((await events(approved.orderId, 1))[0]?.type).toBe('charge.paid');

    const declined = await create({ method: 'EWALLET', channel: 'OVO' }, { returnUrl: RETURN_URL });
    expect((await postForm(declined.actionUrl ?? '', { decision: 'decline' })).status).toBe(303);
    expect(await current(declined)).toMatchObject({
      status: 'FAILED',
      failureCode: 'DECLINED',
      failureReason: 'DECLINED',
    });
    expect((await events(declined.orderId, 1))[0]?.type).toBe('charge.failed');
    const fifteenMinutes = Date.parse(declined.expiresAt) - Date.parse(declined.createdAt);
    expect(fifteenMinutes).toBe(15 * 60 * 1000);
  });

  it('QRIS carries a valid dynamic code that the simulator can scan and pay', async () => {
    const charge = await create(
      { method: 'EWALLET', channel: 'QRIS' },
      { amount: 123_456, returnUrl: RETURN_URL },
    );
    const code = charge.qr?.string ?? '';
    expect(isValidQris(code)).toBe(true);
    expect(parseQris(code)).toMatchObject({
      ok: true,
      qris: { initiation: 'DYNAMIC', amount: 123_456, reference: charge.id },
    });
    const page = await fetch(charge.actionUrl ?? '');
    expect(await page.text()).toContain('<svg');
    const image = await fetch(charge.qr?.imageUrl ?? '');
    expect(image.headers.get('content-type')).toBe('image/svg+xml');

    const scan = (payload: string) =>
      postForm(`${sandbox.url}/gateway/simulator/qris`, { payload });
    expect((await scan(code.replace('123456', '123450'))).status).toBe(400);
    expect((await current(charge)).status).toBe('PENDING');
    expect((await scan(code)).status).toBe(200);
    expect((await current(charge)).status).toBe('PAID');
    expect((await events(charge.orderId, 1))[0]?.type).toBe('charge.paid');
    const after = await fetch(charge.actionUrl ?? '', { redirect: 'manual' });
    expect(after.headers.get('location')).toBe(`${RETURN_URL}&chargeId=${charge.id}`);
  });
});

describe('expiry', () => {
  it('expires an unpaid charge on time and says so; it can no longer be paid', async () => {
    const charge = await create(VA, { expiresInSeconds: 1 });
    const [event] = await events(charge.orderId, 1);
    expect(event).toMatchObject({ type: 'charge.expired', data: { status: 'EXPIRED' } });
    expect((await current(charge)).status).toBe('EXPIRED');
    expect(await control('POST', `/control/gateway/charges/${charge.id}/pay`)).toMatchObject({
      status: 409,
      body: { error: 'charge_expired' },
    });
  });

  it('expires a charge at once through the control API', async () => {
    const charge = await create({ method: 'EWALLET', channel: 'DANA' });
    expect((await control('POST', `/control/gateway/charges/${charge.id}/expire`)).status).toBe(
      200,
    );
    expect((await events(charge.orderId, 1))[0]?.type).toBe('charge.expired');
    expect((await control('POST', `/control/gateway/charges/${charge.id}/expire`)).status).toBe(
      409,
    );
  });
});

describe('faults', () => {
  afterEach(() => control('DELETE', '/control/gateway/faults'));

  async function paidWith(fault: Record<string, unknown>, payWith = VA) {
    const orderId = `ORD-${randomUUID()}`;
    await addFault({ match: { orderId }, ...fault });
    const charge = await create(payWith, { orderId });
    expect((await control('POST', `/control/gateway/charges/${charge.id}/pay`)).status).toBe(200);
    return charge;
  }

  it('duplicate-webhook sends the same event twice', async () => {
    const charge = await paidWith({ fault: 'duplicate-webhook', times: 1 });
    const [first, second] = await events(charge.orderId, 2);
    expect(first?.type).toBe('charge.paid');
    expect(second).toEqual(first);
  });

  it('out-of-order follows charge.paid with a stale charge.expired', async () => {
    const charge = await paidWith({ fault: 'out-of-order' });
    const [paid, stale] = await events(charge.orderId, 2);
    expect(paid?.type).toBe('charge.paid');
    expect(stale).toMatchObject({ type: 'charge.expired', data: { status: 'EXPIRED' } });
    expect(Date.parse(stale?.createdAt ?? '')).toBeLessThan(Date.parse(paid?.createdAt ?? ''));
    expect((await current(charge)).status).toBe('PAID');
  });

  it('late-webhook: the money arrives after the charge expired', async () => {
    const charge = await paidWith({ fault: 'late-webhook', delayMs: 100 });
    const [expired, paid] = await events(charge.orderId, 2);
    expect(expired?.type).toBe('charge.expired');
    expect(paid).toMatchObject({ type: 'charge.paid', data: { status: 'PAID' } });
    expect((await current(charge)).status).toBe('PAID');
  });

  it('amount-mismatch reports another amount than was charged', async () => {
    const charge = await paidWith({ fault: 'amount-mismatch' });
    const [paid] = await events(charge.orderId, 1);
    expect(paid?.data.amount).toBe(51_500);
    expect((await current(charge)).amount).toBe(52_500);
  });

  it('decline fails a payment that would have gone through', async () => {
    const orderId = `ORD-${randomUUID()}`;
    await addFault({ match: { orderId }, fault: 'decline', failureCode: '91' });
    const charge = await create(CARD, { orderId });
    await payByCard(charge, CARDS.visa);
    expect(await current(charge)).toMatchObject({ status: 'FAILED', failureCode: '91' });
    await events(charge.orderId, 1);
  });

  it('fail-first-n delivers the same event n more times, as if the answers were lost', async () => {
    const charge = await paidWith({ fault: 'fail-first-n', n: 2 });
    const copies = await events(charge.orderId, 3);
    expect(new Set(copies.map((event) => event.id)).size).toBe(1);
    const { body } = await control('GET', `/control/gateway/webhooks?chargeId=${charge.id}`);
    expect(body.deliveries).toMatchObject([
      {
        state: 'delivered',
        attempts: [
          { status: 200, result: 'counted-as-failed' },
          { status: 200, result: 'counted-as-failed' },
          { status: 200, result: 'delivered' },
        ],
      },
    ]);
  });
});

describe('webhook retries', () => {
  it('retry until the receiver answers 2xx', async () => {
    const orderId = `ORD-${randomUUID()}`;
    failuresLeft.set(hookPath(orderId), 2);
    const charge = await create(VA, { orderId });
    await control('POST', `/control/gateway/charges/${charge.id}/pay`);
    const copies = await events(orderId, 3);
    expect(new Set(copies.map((event) => event.id)).size).toBe(1);
    const { body } = await control('GET', `/control/gateway/webhooks?orderId=${orderId}`);
    expect(body.deliveries).toMatchObject([
      { state: 'delivered', attempts: [{ status: 500 }, { status: 500 }, { status: 200 }] },
    ]);
  });

  it('give up after the last attempt', async () => {
    const orderId = `ORD-${randomUUID()}`;
    failuresLeft.set(hookPath(orderId), 100);
    const charge = await create(VA, { orderId });
    await control('POST', `/control/gateway/charges/${charge.id}/pay`);
    await events(orderId, MAX_ATTEMPTS);
    const { body } = await control('GET', `/control/gateway/webhooks?orderId=${orderId}`);
    expect(body.deliveries).toMatchObject([{ state: 'gave-up' }]);
  });
});

describe('refunds', () => {
  it('are idempotent by refundId and never exceed what was paid', async () => {
    const charge = await create(VA, { amount: 100_000 });
    const refund = (refundId: string, amount: number) =>
      client.refund({ chargeId: charge.id, refundId, amount, reason: 'biller failed' });
    expect(await refund('RF-0', 1)).toMatchObject({ kind: 'refused', reason: 'NOT_REFUNDABLE' });
    await control('POST', `/control/gateway/charges/${charge.id}/pay`);

    const first = await refund(`RF-${charge.id}-1`, 30_000);
    expect(first).toMatchObject({
      kind: 'succeeded',
      refund: { amount: 30_000, status: 'SUCCEEDED' },
    });
    expect(await refund(`RF-${charge.id}-1`, 30_000)).toEqual(first);
    expect(await refund(`RF-${charge.id}-1`, 40_000)).toMatchObject({
      kind: 'refused',
      reason: 'REFUND_ID_CONFLICT',
    });
    expect(await refund(`RF-${charge.id}-2`, 70_001)).toMatchObject({
      kind: 'refused',
      reason: 'EXCEEDS_PAID',
    });
    expect(await current(charge)).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: 30_000,
    });
    expect((await refund(`RF-${charge.id}-3`, 70_000)).kind).toBe('succeeded');
    expect(await current(charge)).toMatchObject({ status: 'REFUNDED', refundedAmount: 100_000 });
    expect(await refund(`RF-${charge.id}-4`, 1)).toMatchObject({ reason: 'NOT_REFUNDABLE' });
    expect(
      await client.refund({ chargeId: 'ch_unknown', refundId: 'RF-x', amount: 1, reason: 'x' }),
    ).toMatchObject({ kind: 'refused', reason: 'NOT_FOUND' });

    const refunds = (await events(charge.orderId, 3)).filter(
      (event) => event.type === 'refund.succeeded',
    );
    expect(refunds.map((event) => event.type === 'refund.succeeded' && event.data.refund)).toEqual(
      expect.arrayContaining([
        { refundId: `RF-${charge.id}-1`, amount: 30_000, createdAt: expect.any(String) },
        { refundId: `RF-${charge.id}-3`, amount: 70_000, createdAt: expect.any(String) },
      ]),
    );
    expect(refunds).toHaveLength(2);
  });
});
