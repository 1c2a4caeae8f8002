import { createHttpBillerSwitch } from '@/lib/integrations/biller-switch/http-biller-switch';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { seedCatalogue, seedOperatorPrefixes } from '@/prisma/seed-catalogue';

export async function seedCatalogueForTests() {
  await seedCatalogue();
  await seedOperatorPrefixes();
}

/** The real HTTP adapter pointed at a test sandbox, counting the requests it sends. */
export function countingSwitch(sandboxUrl: string) {
  const inner = createHttpBillerSwitch({
    baseUrl: `${sandboxUrl}/h2h`,
    partnerId: 'loket',
    key: 'sandbox-biller-key-not-a-secret',
    inquiryTimeoutMs: 1_000,
    paymentTimeoutMs: 1_000,
  });
  const calls = { inquire: 0 };
  const billerSwitch: BillerSwitch = {
    inquire: (request) => {
      calls.inquire++;
      return inner.inquire(request);
    },
    pay: (request) => inner.pay(request),
    advice: (request) => inner.advice(request),
    reverse: (request) => inner.reverse(request),
  };
  return { billerSwitch, calls };
}
