import 'server-only';
import { env } from '@/lib/env';
import { createHttpBillerSwitch } from './http-biller-switch';
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
