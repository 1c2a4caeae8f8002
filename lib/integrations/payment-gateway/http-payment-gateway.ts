import { log } from '@/lib/log';
import { isOurFault, readChargeError, readRefundError } from './response-codes';
import { chargeAnswer, errorAnswer, refundAnswer } from './schemas';
import { call, type Reply, type TransportConfig } from './transport';
import type { PaymentGateway } from './types';
import { verifyGatewayWebhook } from './webhook';

export type HttpPaymentGatewayConfig = TransportConfig & { webhookSecret: string };

/** The gateway's error code and message, when the answer is one of its errors. */
function errorOf(reply: Extract<Reply, { kind: 'answer' }>) {
  const parsed = errorAnswer.safeParse(reply.json);
  return parsed.success ? parsed.data : { error: '', message: '' };
}

function noteRefusal(step: string, reason: string, context: Record<string, unknown>): void {
  if (isOurFault(reason))
    log('error', 'payment gateway refused our request', { step, reason, ...context });
}

/** The payment gateway over HTTP, per docs/gateway.md. Never throws for I/O. */
export function createHttpPaymentGateway(config: HttpPaymentGatewayConfig): PaymentGateway {
  const chargePath = (id: string) => `/charges/${encodeURIComponent(id)}`;

  return {
    async createCharge({ idempotencyKey, ...input }) {
      const reply = await call(config, {
        method: 'POST',
        path: '/charges',
        headers: { 'Idempotency-Key': idempotencyKey },
        body: {
          orderId: input.orderId,
          amount: input.amount,
          currency: 'IDR',
          method: input.method,
          channel: input.channel,
          expiresInSeconds: input.expiresInSeconds,
          returnUrl: input.returnUrl,
          notifyUrl: input.notifyUrl,
          customer: input.customer,
        },
      });
      if (reply.kind === 'none') return { kind: 'unavailable', reason: reply.reason };
      if (reply.status === 200 || reply.status === 201) {
        const parsed = chargeAnswer.safeParse(reply.json);
        if (parsed.success) return { kind: 'created', charge: parsed.data };
        log('warn', 'payment gateway answered a charge we cannot read', { orderId: input.orderId });
        return { kind: 'unavailable', reason: 'BAD_RESPONSE' };
      }
      const { error, message } = errorOf(reply);
      const reason = readChargeError(error);
      if (!reason) {
        log('warn', 'payment gateway answered an unknown error', { status: reply.status, error });
        return { kind: 'unavailable', reason: 'HTTP_ERROR' };
      }
      noteRefusal('charge', reason, {
        orderId: input.orderId,
        status: reply.status,
        answer: message,
      });
      return { kind: 'refused', reason, message };
    },

    async getCharge(id) {
      const reply = await call(config, { method: 'GET', path: chargePath(id) });
      if (reply.kind === 'none') return { kind: 'unavailable', reason: reply.reason };
      if (reply.status === 404) return { kind: 'not_found' };
      if (reply.status !== 200) {
        log('error', 'payment gateway refused a charge look-up', {
          chargeId: id,
          status: reply.status,
        });
        return { kind: 'unavailable', reason: 'HTTP_ERROR' };
      }
      const parsed = chargeAnswer.safeParse(reply.json);
      return parsed.success
        ? { kind: 'found', charge: parsed.data }
        : { kind: 'unavailable', reason: 'BAD_RESPONSE' };
    },

    async refund({ chargeId, ...refund }) {
      const reply = await call(config, {
        method: 'POST',
        path: `${chargePath(chargeId)}/refunds`,
        body: refund,
      });
      if (reply.kind === 'none') return { kind: 'unknown', reason: reply.reason };
      if (reply.status === 200 || reply.status === 201) {
        const parsed = refundAnswer.safeParse(reply.json);
        return parsed.success
          ? { kind: 'succeeded', refund: parsed.data }
          : { kind: 'unknown', reason: 'BAD_RESPONSE' };
      }
      const { error, message } = errorOf(reply);
      const reason = readRefundError(error);
      if (!reason) {
        log('warn', 'payment gateway answered an unknown error', { status: reply.status, error });
        return { kind: 'unknown', reason: 'HTTP_ERROR' };
      }
      noteRefusal('refund', reason, { chargeId, refundId: refund.refundId, answer: message });
      return { kind: 'refused', reason, message };
    },

    verifyWebhook: (input) => verifyGatewayWebhook(config.webhookSecret, input),
  };
}
