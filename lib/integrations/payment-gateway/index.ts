import 'server-only';
import { env } from '@/lib/env';
import { createHttpPaymentGateway } from './http-payment-gateway';
import type { PaymentGateway } from './types';

let instance: PaymentGateway | undefined;

/** The gateway Loket takes money through, configured from the environment; built on first use. */
export function paymentGateway(): PaymentGateway {
  instance ??= createHttpPaymentGateway({
    baseUrl: env.GATEWAY_URL,
    serverKey: env.GATEWAY_SERVER_KEY,
    webhookSecret: env.GATEWAY_WEBHOOK_SECRET,
    timeoutMs: env.GATEWAY_TIMEOUT_MS,
  });
  return instance;
}
