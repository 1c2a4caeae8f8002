import 'server-only';
import { SETTLEMENT_FILE_MAX_BYTES } from '@/lib/domain/reconciliation';
import { env } from '@/lib/env';
import type { SettlementFeed } from '../settlement-feed';
import { createHttpBillerSwitch } from './http-biller-switch';
import { createHttpBillerSettlement } from './settlement';
import type { BillerSwitch } from './types';

let instance: BillerSwitch | undefined;

/** The switch Loket talks to, configured from the environment; built on first use. */
export function billerSwitch(): BillerSwitch {
  instance ??= createHttpBillerSwitch({
    baseUrl: env.BILLER_SWITCH_URL,
    partnerId: env.BILLER_SWITCH_PARTNER_ID,
    key: env.BILLER_SWITCH_KEY,
    inquiryTimeoutMs: env.BILLER_INQUIRY_TIMEOUT_MS,
    paymentTimeoutMs: env.BILLER_PAYMENT_TIMEOUT_MS,
  });
  return instance;
}

let settlement: SettlementFeed | undefined;

/** The switch's daily settlement files, for reconciliation. */
export function billerSettlement(): SettlementFeed {
  settlement ??= createHttpBillerSettlement({
    baseUrl: env.BILLER_SWITCH_URL,
    partnerId: env.BILLER_SWITCH_PARTNER_ID,
    key: env.BILLER_SWITCH_KEY,
    timeoutMs: 30_000,
    maxBytes: SETTLEMENT_FILE_MAX_BYTES,
  });
  return settlement;
}
