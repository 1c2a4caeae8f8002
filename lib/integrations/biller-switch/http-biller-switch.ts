import type { z } from 'zod';
import { log } from '@/lib/log';
import {
  isKnownCode,
  isOurFault,
  readAdviceCode,
  readInquiryCode,
  readPaymentCode,
  readReversalCode,
  type PaymentReading,
} from './response-codes';
import { inquiryAnswer, paymentAnswer, reversalAnswer } from './schemas';
import { exchange, type Exchange, type TransportConfig } from './transport';
import type { BillerSwitch, PaymentOutcome } from './types';

export type HttpBillerSwitchConfig = TransportConfig & {
  inquiryTimeoutMs: number;
  paymentTimeoutMs: number;
};

type PaymentExchange = Exchange<z.infer<typeof paymentAnswer>>;

function noteCode(step: string, refId: string, rc: string, message: string): void {
  if (isOurFault(rc)) {
    log('error', 'biller switch refused our request', { step, refId, rc, message });
  } else if (!isKnownCode(rc)) {
    log('warn', 'biller switch answered an unknown code', { step, refId, rc, message });
  }
}

function paymentOutcome(
  step: 'payment' | 'advice',
  refId: string,
  result: PaymentExchange,
  read: (rc: string) => PaymentReading,
): PaymentOutcome {
  if (result.kind === 'none') return { kind: 'pending', reason: result.reason };
  const { rc, message, payment } = result.answer;
  const reading = read(rc);
  noteCode(step, refId, rc, message);
  switch (reading.kind) {
    case 'success':
      if (payment) return { kind: 'success', payment, rc };
      // Success without a receipt cannot be shown to anyone: advice will fetch it.
      log('warn', 'biller switch answered success without a receipt', { step, refId });
      return { kind: 'pending', reason: 'BAD_RESPONSE', rc };
    case 'failed':
      return { kind: 'failed', reason: reading.reason, rc, message };
    case 'pending':
      return { kind: 'pending', reason: reading.reason, rc };
    case 'reversed':
      return { kind: 'reversed', rc };
  }
}

/** The biller switch over HTTP, per docs/biller-switch-protocol.md. Never throws for I/O. */
export function createHttpBillerSwitch(config: HttpBillerSwitchConfig): BillerSwitch {
  return {
    async inquire(request) {
      const result = await exchange(config, {
        path: '/inquiry',
        refId: request.refId,
        body: request,
        timeoutMs: config.inquiryTimeoutMs,
        schema: inquiryAnswer,
      });
      if (result.kind === 'none') return { kind: 'unavailable', reason: result.reason };
      const { rc, message, inquiry } = result.answer;
      const reading = readInquiryCode(rc);
      noteCode('inquiry', request.refId, rc, message);
      switch (reading.kind) {
        case 'ok':
          return inquiry
            ? { kind: 'ok', inquiry, rc }
            : { kind: 'unavailable', reason: 'BAD_RESPONSE', rc };
        case 'refused':
          return { kind: 'refused', reason: reading.reason, rc, message };
        case 'unavailable':
          return { kind: 'unavailable', reason: reading.reason, rc };
      }
    },

    async pay(request) {
      const result = await exchange(config, {
        path: '/payment',
        refId: request.refId,
        body: request,
        timeoutMs: config.paymentTimeoutMs,
        schema: paymentAnswer,
      });
      return paymentOutcome('payment', request.refId, result, readPaymentCode);
    },

    async advice({ refId }) {
      const result = await exchange(config, {
        path: '/advice',
        refId,
        body: { refId },
        timeoutMs: config.paymentTimeoutMs,
        schema: paymentAnswer,
      });
      return paymentOutcome('advice', refId, result, readAdviceCode);
    },

    async reverse({ refId }) {
      const result = await exchange(config, {
        path: '/reversal',
        refId,
        body: { refId },
        timeoutMs: config.paymentTimeoutMs,
        schema: reversalAnswer,
      });
      if (result.kind === 'none') return { kind: 'unknown', reason: result.reason };
      const { rc, message } = result.answer;
      const reading = readReversalCode(rc);
      noteCode('reversal', refId, rc, message);
      switch (reading.kind) {
        case 'reversed':
          return { kind: 'reversed', rc };
        case 'refused':
          return { kind: 'refused', rc, message };
        case 'unknown':
          return { kind: 'unknown', reason: reading.reason, rc };
      }
    },
  };
}
