import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBillerSwitch } from '@/lib/integrations/biller-switch/http-biller-switch';
import { signedHeaders } from '@/lib/integrations/biller-switch/signature';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { freePort, startSandbox } from '../support/sandbox-process';

// Loket's HTTP adapter against the real sandbox program (docs/sandbox.md lists the references).

const KEY = 'sandbox-biller-key-not-a-secret';
const SLOW_MS = 1_500;
const CLIENT_TIMEOUT_MS = 600;

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let client: BillerSwitch;

function connect(url: string, options: { key?: string; timeoutMs?: number } = {}) {
  return createHttpBillerSwitch({
    baseUrl: `${url}/h2h`,
    partnerId: 'loket',
    key: options.key ?? KEY,
    inquiryTimeoutMs: options.timeoutMs ?? CLIENT_TIMEOUT_MS,
    paymentTimeoutMs: options.timeoutMs ?? CLIENT_TIMEOUT_MS,
  });
}

beforeAll(async () => {
  sandbox = await startSandbox({ env: { SANDBOX_SLOW_MS: String(SLOW_MS) } });
  client = connect(sandbox.url);
});
afterAll(() => sandbox.stop());
afterEach(() => control('DELETE', '/control/billers/faults'));

const newRefId = () => `t-${randomUUID()}`;

async function control(method: string, path: string, body?: object) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const addFault = async (fault: object) =>
  (await control('POST', '/control/billers/faults', fault)).body;
const recorded = async (refId: string) =>
  (await control('GET', `/control/billers/transactions/${refId}`)).body;

const inquire = (productCode: string, customerNo: string) =>
  client.inquire({ refId: newRefId(), productCode, customerNo });

async function bill(productCode: string, customerNo: string) {
  const outcome = await inquire(productCode, customerNo);
  if (outcome.kind !== 'ok')
    throw new Error(`inquiry ${productCode} ${customerNo}: ${JSON.stringify(outcome)}`);
  return outcome.inquiry;
}

/** Pays the whole bill (every period and penalty), as the switch requires. */
async function payBill(productCode: string, customerNo: string, refId = newRefId()) {
  const { amount, penalty } = await bill(productCode, customerNo);
  return {
    refId,
    outcome: await client.pay({ refId, productCode, customerNo, amount: amount + penalty }),
  };
}

describe('inquiry, one biller family at a time', () => {
  it('PLN prepaid: the same customer by meter number or IDPEL, nothing owed', async () => {
    const byMeter = await bill('PLNPRE', '14000000001');
    expect(byMeter).toMatchObject({
      customerName: expect.stringMatching(/^[A-Z]+ [A-Z]+$/),
      details: {
        meterNo: '14000000001',
        idpel: '532000000001',
        tariff: expect.any(String),
        powerVa: expect.any(Number),
      },
      periods: [],
      amount: 0,
      penalty: 0,
    });
    const byIdpel = await bill('PLNPRE', '532000000001');
    expect(byIdpel.customerName).toBe(byMeter.customerName);
    expect(byIdpel.details).toEqual(byMeter.details);
  });

  it('PLN postpaid: several months owed, penalties on the late ones, stable across inquiries', async () => {
    const inquiry = await bill('PLNPOST', '532100000012');
    expect(inquiry.details).toEqual({
      tariff: expect.any(String),
      powerVa: expect.any(Number),
      standMeter: expect.stringMatching(/^\d{8}-\d{8}$/),
    });
    expect(inquiry.periods).toHaveLength(3);
    expect(inquiry.periods.map((p) => p.period)).toEqual(
      [...inquiry.periods.map((p) => p.period)].sort(),
    );
    expect(inquiry.periods.map((p) => p.penalty > 0)).toEqual([true, true, false]);
    expect(inquiry.amount).toBe(inquiry.periods.reduce((sum, p) => sum + p.amount, 0));
    expect(inquiry.penalty).toBe(inquiry.periods.reduce((sum, p) => sum + p.penalty, 0));
    expect(await bill('PLNPOST', '532100000012')).toEqual(inquiry);
    expect((await bill('PLNPOST', '532100000001')).periods).toHaveLength(1);
  });

  it.each([
    ['PDAMBDG', '12345678', '1234567'],
    ['PDAMSBY', '1234567890', '12345678'],
    ['PDAMJKT', '123456789', '1234567890'],
  ])(
    'PDAM %s: address and usage; a number of the wrong length is unknown',
    async (code, good, bad) => {
      const inquiry = await bill(code, good);
      expect(inquiry.details).toEqual({
        address: expect.stringMatching(/^Jl\. /),
        usageM3: expect.any(Number),
      });
      expect(inquiry.periods.length).toBeGreaterThanOrEqual(1);
      expect(await inquire(code, bad)).toMatchObject({
        kind: 'refused',
        reason: 'UNKNOWN_CUSTOMER',
        rc: '14',
      });
    },
  );

  it('TELKOM: an IndiHome number or a landline', async () => {
    expect((await bill('TELKOM', '122334455667')).details).toMatchObject({ service: 'IndiHome' });
    expect((await bill('TELKOM', '0221234567')).details).toEqual({ service: 'Telepon rumah' });
    expect(await inquire('TELKOM', '12345')).toMatchObject({
      kind: 'refused',
      reason: 'UNKNOWN_CUSTOMER',
    });
  });

  it('mobile: the number must belong to the product’s operator', async () => {
    expect(await bill('TSEL25', '081234567890')).toMatchObject({
      customerName: '',
      details: { operator: 'TELKOMSEL' },
      periods: [],
    });
    expect(await bill('ISATD5', '085612345678')).toMatchObject({
      details: { operator: 'INDOSAT' },
    });
    expect(await inquire('TSEL25', '081512345678')).toMatchObject({
      kind: 'refused',
      reason: 'UNKNOWN_CUSTOMER',
      rc: '14',
    });
    expect((await bill('HALO', '081234567890')).periods).toHaveLength(1);
    expect(await inquire('XLPASCA', '081234567890')).toMatchObject({ reason: 'UNKNOWN_CUSTOMER' });
  });

  it('BPJS Kesehatan, KAI and event tickets', async () => {
    expect((await bill('BPJSKS', '8888801234567890')).details).toEqual({
      participants: expect.any(Number),
      months: 1,
    });
    const train = await bill('KAI', 'K7XB2PQ');
    expect(train.details).toEqual({
      train: expect.any(String),
      departure: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00$/),
      origin: expect.any(String),
      destination: expect.any(String),
      passengers: expect.any(Number),
    });
    expect(train.periods).toHaveLength(1);
    expect(train.amount).toBe(train.periods[0]?.amount);
    const event = await bill('TIXEVENT', 'TIXAB12345');
    expect(Object.keys(event.details).sort()).toEqual(['date', 'event', 'tickets', 'venue']);
    expect(await inquire('KAI', 'k7xb2pq')).toMatchObject({ reason: 'UNKNOWN_CUSTOMER' });
  });

  it('an unknown product code is our mistake (rc 40)', async () => {
    expect(await inquire('NOPE', '532100000001')).toMatchObject({
      kind: 'refused',
      reason: 'INVALID_REQUEST',
      rc: '40',
    });
  });
});

describe('magic references (the last 4 characters)', () => {
  it.each([
    ['532100000000', { kind: 'refused', reason: 'UNKNOWN_CUSTOMER', rc: '14' }],
    ['532100000054', { kind: 'refused', reason: 'ALREADY_PAID', rc: '54' }],
    ['532100000060', { kind: 'refused', reason: 'NOT_AVAILABLE_YET', rc: '60' }],
    ['532100000090', { kind: 'refused', reason: 'CUT_OFF', rc: '90' }],
    ['532100000096', { kind: 'unavailable', reason: 'MALFUNCTION', rc: '96' }],
    ['532100000500', { kind: 'unavailable', reason: 'HTTP_ERROR' }],
    ['532100000408', { kind: 'unavailable', reason: 'TIMEOUT' }],
  ])('inquiry %s', async (customerNo, expected) => {
    expect(await inquire('PLNPOST', customerNo)).toMatchObject(expected);
  });

  it('apply to every biller', async () => {
    expect(await inquire('KAI', 'ABC0054')).toMatchObject({ reason: 'ALREADY_PAID' });
    expect(await inquire('TSEL10', '081234560000')).toMatchObject({ reason: 'UNKNOWN_CUSTOMER' });
  });

  it.each([
    ['532200000000', { kind: 'failed', reason: 'UNKNOWN_CUSTOMER', rc: '14' }],
    ['532200000054', { kind: 'failed', reason: 'ALREADY_PAID', rc: '54' }],
    ['532200000060', { kind: 'failed', reason: 'NOT_AVAILABLE_YET', rc: '60' }],
    ['532200000090', { kind: 'failed', reason: 'CUT_OFF', rc: '90' }],
  ])('payment %s is refused and never recorded', async (customerNo, expected) => {
    const refId = newRefId();
    expect(
      await client.pay({ refId, productCode: 'PLNPOST', customerNo, amount: 100_000 }),
    ).toMatchObject(expected);
    expect(await client.advice({ refId })).toMatchObject({
      kind: 'failed',
      reason: 'NOT_FOUND',
      rc: '63',
    });
  });

  it('0002 fails, 0044 finds no deposit: advice agrees', async () => {
    const failed = await payBill('PLNPOST', '532200000002');
    expect(failed.outcome).toMatchObject({ kind: 'failed', reason: 'FAILED', rc: '02' });
    expect(await client.advice({ refId: failed.refId })).toMatchObject({
      kind: 'failed',
      rc: '02',
    });
    const broke = await payBill('PLNPOST', '532200000044');
    expect(broke.outcome).toMatchObject({
      kind: 'failed',
      reason: 'INSUFFICIENT_DEPOSIT',
      rc: '44',
    });
    // A failed payment leaves the bill unpaid.
    expect((await inquire('PLNPOST', '532200000002')).kind).toBe('ok');
  });

  it('0003 is pending for two advices, then succeeds; 0004 then fails', async () => {
    for (const [customerNo, end] of [
      ['532200000003', { kind: 'success', rc: '00' }],
      ['532200000004', { kind: 'failed', reason: 'FAILED', rc: '02' }],
    ] as const) {
      const { refId, outcome } = await payBill('PLNPOST', customerNo);
      expect(outcome).toMatchObject({ kind: 'pending', reason: 'SWITCH_PENDING', rc: '03' });
      expect(await client.advice({ refId })).toMatchObject({ kind: 'pending', rc: '03' });
      expect(await client.advice({ refId })).toMatchObject({ kind: 'pending', rc: '03' });
      expect(await client.advice({ refId })).toMatchObject(end);
      expect(await client.advice({ refId })).toMatchObject(end);
    }
  });

  it('0012 owes three months and only the whole bill can be paid', async () => {
    const { amount, penalty } = await bill('PDAMBDG', '87650012');
    const pay = (refId: string, total: number) =>
      client.pay({ refId, productCode: 'PDAMBDG', customerNo: '87650012', amount: total });
    expect(await pay(newRefId(), amount)).toMatchObject({
      kind: 'failed',
      reason: 'INVALID_REQUEST',
      rc: '40',
    });
    expect(await pay(newRefId(), amount + penalty)).toMatchObject({ kind: 'success' });
  });

  it('0408 pays but answers too late: pending, then advice finds it paid', async () => {
    const refId = newRefId();
    const outcome = await client.pay({
      refId,
      productCode: 'TSEL25',
      customerNo: '081234560408',
      amount: 25_000,
    });
    expect(outcome).toMatchObject({ kind: 'pending', reason: 'TIMEOUT' });
    expect(await client.advice({ refId })).toMatchObject({
      kind: 'success',
      payment: { billerRef: expect.any(String) },
    });
    expect(await recorded(refId)).toMatchObject({ status: 'success', timesPaid: 1 });
  });

  it('0500 and 0096 break before recording anything: pending, then advice says it never arrived', async () => {
    for (const [customerNo, pending] of [
      ['532200000500', { kind: 'pending', reason: 'HTTP_ERROR' }],
      ['532200000096', { kind: 'pending', reason: 'MALFUNCTION', rc: '96' }],
    ] as const) {
      const refId = newRefId();
      expect(
        await client.pay({ refId, productCode: 'PLNPOST', customerNo, amount: 100_000 }),
      ).toMatchObject(pending);
      expect(await client.advice({ refId })).toMatchObject({
        kind: 'failed',
        reason: 'NOT_FOUND',
        rc: '63',
      });
    }
  });
});

describe('faults injected through the control API', () => {
  it('timeout: the payment goes through but no answer comes; advice settles it', async () => {
    await addFault({
      match: { customerNo: '532300000001' },
      fault: 'timeout',
      endpoint: 'payment',
      times: 1,
    });
    const { refId, outcome } = await payBill('PLNPOST', '532300000001');
    expect(outcome).toMatchObject({ kind: 'pending', reason: 'TIMEOUT' });
    expect(await client.advice({ refId })).toMatchObject({ kind: 'success' });
    expect(await recorded(refId)).toMatchObject({ status: 'success', requests: 1, timesPaid: 1 });
    expect(await inquire('PLNPOST', '532300000001')).toMatchObject({ reason: 'ALREADY_PAID' });
  });

  it('timeout can also end failed, and applies to inquiry', async () => {
    await addFault({
      match: { customerNo: '532300000002' },
      fault: 'timeout',
      endpoint: 'inquiry',
      times: 1,
    });
    expect(await inquire('PLNPOST', '532300000002')).toMatchObject({
      kind: 'unavailable',
      reason: 'TIMEOUT',
    });
    await addFault({
      match: { customerNo: '532300000002' },
      fault: 'timeout',
      endpoint: 'payment',
      finalStatus: 'failed',
    });
    const { refId, outcome } = await payBill('PLNPOST', '532300000002');
    expect(outcome).toMatchObject({ kind: 'pending', reason: 'TIMEOUT' });
    expect(await client.advice({ refId })).toMatchObject({ kind: 'failed', rc: '02' });
  });

  it('slow: the answer comes, after SANDBOX_SLOW_MS', async () => {
    await addFault({ match: { productCode: 'PDAMSBY' }, fault: 'slow', endpoint: 'inquiry' });
    expect(await inquire('PDAMSBY', '1234567890')).toMatchObject({
      kind: 'unavailable',
      reason: 'TIMEOUT',
    });
    const patient = connect(sandbox.url, { timeoutMs: SLOW_MS * 3 });
    const started = Date.now();
    const outcome = await patient.inquire({
      refId: newRefId(),
      productCode: 'PDAMSBY',
      customerNo: '1234567890',
    });
    expect(outcome.kind).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_MS - 50);
  });

  it('http500 and malfunction', async () => {
    await addFault({ match: { customerNo: '532300000003' }, fault: 'http500', times: 2 });
    expect(await inquire('PLNPOST', '532300000003')).toMatchObject({
      kind: 'unavailable',
      reason: 'HTTP_ERROR',
    });
    const refId = newRefId();
    expect(
      await client.pay({ refId, productCode: 'PLNPOST', customerNo: '532300000003', amount: 1 }),
    ).toMatchObject({
      kind: 'pending',
      reason: 'HTTP_ERROR',
    });
    await addFault({
      match: { productCode: 'PLNPOST' },
      fault: 'malfunction',
      endpoint: 'inquiry',
      times: 1,
    });
    expect(await inquire('PLNPOST', '532300000003')).toMatchObject({
      kind: 'unavailable',
      reason: 'MALFUNCTION',
      rc: '96',
    });
    expect((await inquire('PLNPOST', '532300000003')).kind).toBe('ok');
  });

  it('pending, with the number of advices and the end chosen', async () => {
    await addFault({
      match: { customerNo: '532300000004' },
      fault: 'pending',
      pendingAdvices: 1,
      finalStatus: 'failed',
    });
    const { refId, outcome } = await payBill('PLNPOST', '532300000004');
    expect(outcome).toMatchObject({ kind: 'pending', reason: 'SWITCH_PENDING' });
    expect(await client.advice({ refId })).toMatchObject({ kind: 'pending' });
    expect(await client.advice({ refId })).toMatchObject({ kind: 'failed', reason: 'FAILED' });
  });

  it('failed, duplicate and cutoff', async () => {
    await addFault({
      match: { customerNo: '532300000005' },
      fault: 'failed',
      endpoint: 'payment',
      times: 1,
    });
    expect((await payBill('PLNPOST', '532300000005')).outcome).toMatchObject({
      kind: 'failed',
      rc: '02',
    });
    await addFault({ match: { customerNo: '532300000005' }, fault: 'duplicate', times: 2 });
    expect(await inquire('PLNPOST', '532300000005')).toMatchObject({
      kind: 'refused',
      reason: 'DUPLICATE_REFERENCE',
    });
    expect(
      await client.pay({
        refId: newRefId(),
        productCode: 'PLNPOST',
        customerNo: '532300000005',
        amount: 1,
      }),
    ).toMatchObject({
      kind: 'pending',
      reason: 'DUPLICATE_REFERENCE',
      rc: '49',
    });
    await addFault({ match: { customerNo: '532300000005' }, fault: 'cutoff', times: 1 });
    expect(await inquire('PLNPOST', '532300000005')).toMatchObject({
      kind: 'refused',
      reason: 'CUT_OFF',
      rc: '90',
    });
  });

  it('counts, lists and clears faults; refuses nonsense', async () => {
    const { id } = await addFault({ match: { productCode: 'TELKOM' }, fault: 'cutoff', times: 2 });
    expect((await control('GET', '/control/billers/faults')).body).toEqual({
      faults: [{ id, match: { productCode: 'TELKOM' }, fault: 'cutoff', remaining: 2 }],
    });
    expect((await inquire('PLNPOST', '532100000001')).kind).toBe('ok');
    expect(await inquire('TELKOM', '122334455667')).toMatchObject({ reason: 'CUT_OFF' });
    expect((await control('GET', '/control/billers/faults')).body).toMatchObject({
      faults: [{ remaining: 1 }],
    });
    expect((await control('DELETE', '/control/billers/faults')).body).toEqual({ cleared: 1 });
    expect((await inquire('TELKOM', '122334455667')).kind).toBe('ok');
    expect(
      (await control('POST', '/control/billers/faults', { fault: 'pending', endpoint: 'inquiry' }))
        .status,
    ).toBe(400);
    expect((await control('POST', '/control/billers/faults', { fault: 'sometimes' })).status).toBe(
      400,
    );
    expect((await control('GET', '/control/billers/transactions/nothing-here')).status).toBe(404);
  });
});

describe('signatures', () => {
  const body = JSON.stringify({
    refId: 'sig-test',
    productCode: 'PLNPOST',
    customerNo: '532100000001',
  });
  const post = (headers: Record<string, string>, payload = body) =>
    fetch(`${sandbox.url}/h2h/inquiry`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: payload,
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as { rc: string },
    }));

  it('refuses a wrong signature, an unknown partner, a stale timestamp and missing headers', async () => {
    const wrongKey = signedHeaders('loket', 'not-the-sandbox-key-at-all', body);
    expect(await post(wrongKey)).toMatchObject({ status: 401, body: { rc: '41' } });
    expect(await post(signedHeaders('someone-else', KEY, body))).toMatchObject({
      status: 401,
      body: { rc: '41' },
    });
    const stale = signedHeaders('loket', KEY, body, Date.now() - 301_000);
    expect(await post(stale)).toMatchObject({ status: 401, body: { rc: '41' } });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const withoutNonce = createHmac('sha256', KEY).update(`${timestamp}.${body}`).digest('hex');
    expect(
      await post({
        'X-Partner-Id': 'loket',
        'X-Timestamp': timestamp,
        'X-Signature': withoutNonce,
      }),
    ).toMatchObject({
      status: 401,
      body: { rc: '41' },
    });
    const tampered = signedHeaders('loket', KEY, body);
    expect(await post(tampered, body.replace('0001', '0002'))).toMatchObject({ status: 401 });
  });

  it('accepts a signature once: a replay is refused', async () => {
    const headers = signedHeaders('loket', KEY, body);
    expect(await post(headers)).toMatchObject({ status: 200, body: { rc: '00' } });
    expect(await post(headers)).toMatchObject({ status: 401, body: { rc: '41' } });
  });

  it('the adapter reads a refused signature as our configuration error, never as pending money', async () => {
    const misconfigured = connect(sandbox.url, { key: 'a-wrong-key-of-enough-length' });
    expect(
      await misconfigured.inquire({
        refId: newRefId(),
        productCode: 'PLNPOST',
        customerNo: '532100000001',
      }),
    ).toMatchObject({
      kind: 'refused',
      reason: 'INVALID_REQUEST',
      rc: '41',
    });
    expect(
      await misconfigured.pay({
        refId: newRefId(),
        productCode: 'TSEL5',
        customerNo: '081234567890',
        amount: 5_000,
      }),
    ).toMatchObject({ kind: 'failed', reason: 'INVALID_REQUEST', rc: '41' });
    expect(await misconfigured.advice({ refId: newRefId() })).toMatchObject({
      kind: 'pending',
      reason: 'ADVICE_REFUSED',
    });
  });

  it('nothing listening is unavailable on inquiry and pending on payment', async () => {
    const nowhere = connect(`http://127.0.0.1:${await freePort()}`);
    expect(
      await nowhere.inquire({
        refId: newRefId(),
        productCode: 'PLNPOST',
        customerNo: '532100000001',
      }),
    ).toMatchObject({
      kind: 'unavailable',
      reason: 'NETWORK',
    });
    expect(
      await nowhere.pay({
        refId: newRefId(),
        productCode: 'TSEL5',
        customerNo: '081234567890',
        amount: 5_000,
      }),
    ).toMatchObject({
      kind: 'pending',
      reason: 'NETWORK',
    });
    expect(await nowhere.reverse({ refId: newRefId() })).toMatchObject({
      kind: 'unknown',
      reason: 'NETWORK',
    });
  });
});

describe('payment, idempotency and reversal', () => {
  it('PLN prepaid returns a 20-digit token and kWh; a meter can buy again', async () => {
    const pay = (amount: number) =>
      client.pay({
        refId: newRefId(),
        productCode: 'PLNPRE100',
        customerNo: '14000000017',
        amount,
      });
    const first = await pay(100_000);
    if (first.kind !== 'success') throw new Error(JSON.stringify(first));
    expect(first.payment.token).toMatch(/^\d{20}$/);
    expect(first.payment.kwh).toBeGreaterThan(0);
    expect(Math.round((first.payment.kwh ?? 0) * 100) / 100).toBe(first.payment.kwh);
    expect(first.payment.billerRef).toMatch(/^SBX\d{12}$/);
    const second = await pay(100_000);
    expect(second.kind).toBe('success');
    expect(second.kind === 'success' && second.payment.token).not.toBe(first.payment.token);
    expect(await pay(50_000)).toMatchObject({
      kind: 'failed',
      reason: 'INVALID_REQUEST',
      rc: '40',
    });
  });

  it('a paid bill is paid: a later inquiry and another payment say so', async () => {
    const { outcome } = await payBill('PLNPOST', '532400000001');
    expect(outcome).toMatchObject({
      kind: 'success',
      payment: { billerRef: expect.any(String), paidAt: expect.any(String) },
    });
    expect(await inquire('PLNPOST', '532400000001')).toMatchObject({
      kind: 'refused',
      reason: 'ALREADY_PAID',
    });
    const again = await client.pay({
      refId: newRefId(),
      productCode: 'PLNPOST',
      customerNo: '532400000001',
      amount: 1,
    });
    expect(again).toMatchObject({ kind: 'failed', reason: 'ALREADY_PAID', rc: '54' });
  });

  it('the same refId paid twice pays once; with another body it is a duplicate (49)', async () => {
    const { amount, penalty } = await bill('HALO', '081234564321');
    const request = {
      refId: newRefId(),
      productCode: 'HALO',
      customerNo: '081234564321',
      amount: amount + penalty,
    };
    const first = await client.pay(request);
    const second = await client.pay(request);
    expect(first.kind).toBe('success');
    expect(second).toEqual(first);
    expect(await recorded(request.refId)).toMatchObject({
      status: 'success',
      requests: 2,
      timesPaid: 1,
    });
    expect(await client.pay({ ...request, amount: request.amount + 1 })).toMatchObject({
      kind: 'pending',
      reason: 'DUPLICATE_REFERENCE',
      rc: '49',
    });
    expect(await recorded(request.refId)).toMatchObject({ requests: 2, timesPaid: 1 });
  });

  it('reversal undoes a successful payment and nothing else', async () => {
    const { refId } = await payBill('BPJSKS', '8888800000000001');
    expect(await client.reverse({ refId })).toEqual({ kind: 'reversed', rc: '74' });
    expect(await client.reverse({ refId })).toEqual({ kind: 'reversed', rc: '74' });
    expect(await client.advice({ refId })).toEqual({ kind: 'reversed', rc: '74' });
    expect((await inquire('BPJSKS', '8888800000000001')).kind).toBe('ok');
    expect(await client.reverse({ refId: newRefId() })).toMatchObject({
      kind: 'refused',
      rc: '63',
    });
    const failed = await payBill('BPJSKS', '8888800000000002');
    expect(failed.outcome.kind).toBe('failed');
    expect(await client.reverse({ refId: failed.refId })).toMatchObject({
      kind: 'refused',
      rc: '02',
    });
  });
});
