import 'server-only';
import { SETTLEMENT_FILE_MAX_BYTES } from '@/lib/domain/reconciliation';
import { env } from '@/lib/env';
import type { SettlementFeed } from '../settlement-feed';
import { createHttpPaymentGateway } from './http-payment-gateway';
import { createHttpGatewaySettlement } from './settlement';
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

let settlement: SettlementFeed | undefined;

/** The gateway's daily settlement files, for reconciliation. */
export function gatewaySettlement(): SettlementFeed {
  settlement ??= createHttpGatewaySettlement({
    baseUrl: env.GATEWAY_URL,
    serverKey: env.GATEWAY_SERVER_KEY,
    timeoutMs: 30_000,
    maxBytes: SETTLEMENT_FILE_MAX_BYTES,
  });
  return settlement;
}
