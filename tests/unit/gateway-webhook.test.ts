import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHttpPaymentGateway } from '@/lib/integrations/payment-gateway/http-payment-gateway';

// Webhook verification of docs/gateway.md: HMAC-SHA256 over `timestamp.rawBody`, 300 s window.

const SECRET = 'sandbox-webhook-secret-not-a-secret';
const NOW = new Date('2026-11-24T12:00:00Z');
const NOW_SECONDS = NOW.getTime() / 1000;

const gateway = createHttpPaymentGateway({
  baseUrl: 'http://127.0.0.1:9/gateway',
  serverKey: 'sandbox-gateway-key-not-a-secret',
  webhookSecret: SECRET,
  timeoutMs: 1_000,
});

const data = {
  chargeId: 'ch_1',
  orderId: 'TXN-1',
  status: 'PAID',
  amount: 52_500,
  currency: 'IDR',
  method: 'CARD',
  channel: 'CARD',
  paidAt: '2026-11-24T11:59:58.000Z',
  card: { brand: 'VISA', last4: '1114', token: 'tok_abc' },
};
const paid = { id: 'evt_1', type: 'charge.paid', createdAt: '2026-11-24T11:59:59.000Z', data };

function signed(body: unknown, options: { secret?: string; timestamp?: number } = {}) {
  const rawBody = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = String(options.timestamp ?? NOW_SECONDS);
  const signature = createHmac('sha256', options.secret ?? SECRET)
    .update(`${timestamp}.${rawBody}`)
    .digest('hex');
  return {
    rawBody,
    headers: { 'x-gateway-timestamp': timestamp, 'x-gateway-signature': signature },
  };
}

describe('verifyWebhook', () => {
  it('accepts a signed, recent event and reads it', () => {
    expect(gateway.verifyWebhook({ ...signed(paid), now: NOW })).toEqual({
      ok: true,
      event: { ...paid, data: { ...data, failureReason: undefined } },
    });
  });

  it('reads headers from a Fetch Headers object or in any case', () => {
    const { rawBody, headers } = signed(paid);
    expect(gateway.verifyWebhook({ rawBody, headers: new Headers(headers), now: NOW }).ok).toBe(
      true,
    );
    const shouting = {
      'X-Gateway-Timestamp': headers['x-gateway-timestamp'],
      'X-Gateway-Signature': [headers['x-gateway-signature'].toUpperCase()],
    };
    expect(gateway.verifyWebhook({ rawBody, headers: shouting, now: NOW }).ok).toBe(true);
  });

  it('reads every event type, with the reason behind a failure code', () => {
    const failed = {
      id: 'evt_2',
      type: 'charge.failed',
      createdAt: paid.createdAt,
      data: { ...data, status: 'FAILED', paidAt: undefined, card: undefined, failureCode: '51' },
    };
    expect(gateway.verifyWebhook({ ...signed(failed), now: NOW })).toMatchObject({
      ok: true,
      event: {
        type: 'charge.failed',
        data: { failureCode: '51', failureReason: 'INSUFFICIENT_FUNDS' },
      },
    });
    const refund = {
      ...paid,
      id: 'evt_3',
      type: 'refund.succeeded',
      data: {
        ...data,
        status: 'PARTIALLY_REFUNDED',
        refund: { refundId: 'RF-1', amount: 2_500, createdAt: '2026-11-24T16:59:59.500Z' },
      },
    };
    expect(gateway.verifyWebhook({ ...signed(refund), now: NOW })).toMatchObject({
      ok: true,
      event: {
        type: 'refund.succeeded',
        data: {
          refund: { refundId: 'RF-1', amount: 2_500, createdAt: '2026-11-24T16:59:59.500Z' },
        },
      },
    });
    const expired = {
      ...paid,
      id: 'evt_4',
      type: 'charge.expired',
      data: { ...data, status: 'EXPIRED' },
    };
    expect(gateway.verifyWebhook({ ...signed(expired), now: NOW }).ok).toBe(true);
  });

  it('refuses a tampered body', () => {
    const { rawBody, headers } = signed(paid);
    const tampered = rawBody.replace('52500', '5250000');
    expect(gateway.verifyWebhook({ rawBody: tampered, headers, now: NOW })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
  });

  it('refuses a signature made with another secret', () => {
    expect(
      gateway.verifyWebhook({
        ...signed(paid, { secret: 'someone-elses-secret-value' }),
        now: NOW,
      }),
    ).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
  });

  it('refuses missing or malformed signature headers', () => {
    const { rawBody, headers } = signed(paid);
    const cases = [
      {},
      { 'x-gateway-timestamp': headers['x-gateway-timestamp'] },
      { 'x-gateway-signature': headers['x-gateway-signature'] },
      { ...headers, 'x-gateway-timestamp': 'yesterday' },
      { ...headers, 'x-gateway-signature': 'not-hex' },
      { ...headers, 'x-gateway-signature': headers['x-gateway-signature'].slice(2) },
    ];
    for (const candidate of cases) {
      expect(gateway.verifyWebhook({ rawBody, headers: candidate, now: NOW })).toEqual({
        ok: false,
        reason: 'BAD_SIGNATURE',
      });
    }
  });

  it('refuses a timestamp more than 300 s away, either way', () => {
    for (const offset of [-301, 301, -86_400]) {
      expect(
        gateway.verifyWebhook({ ...signed(paid, { timestamp: NOW_SECONDS + offset }), now: NOW }),
      ).toEqual({ ok: false, reason: 'STALE' });
    }
    for (const offset of [-300, 300]) {
      expect(
        gateway.verifyWebhook({ ...signed(paid, { timestamp: NOW_SECONDS + offset }), now: NOW })
          .ok,
      ).toBe(true);
    }
  });

  it('refuses a signed body that is not JSON or not an event', () => {
    const cases = [
      '{"id": "evt_1", "type":',
      '',
      JSON.stringify({ ...paid, type: 'charge.refunded' }),
      JSON.stringify({ ...paid, data: { ...data, amount: '52500' } }),
      JSON.stringify({ ...paid, data: { ...data, paidAt: undefined } }),
      JSON.stringify({
        ...paid,
        data: { ...data, card: { brand: 'VISA', last4: '4811111111111114', token: 't' } },
      }),
    ];
    for (const body of cases) {
      expect(gateway.verifyWebhook({ ...signed(body), now: NOW }), body).toEqual({
        ok: false,
        reason: 'MALFORMED',
      });
    }
  });
});
