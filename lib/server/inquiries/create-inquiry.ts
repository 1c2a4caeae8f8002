import 'server-only';
import type { Locale } from '@/lib/domain/locale';
import { env } from '@/lib/env';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { assertRole, type Actor } from '../actor';
import { askBiller, saveInquiry } from './ask-biller';

/**
 * Asks the biller who the customer is and what is owed, and keeps the answer as an INQUIRED
 * transaction for 15 minutes. The reference is checked locally first: a number that breaks its
 * rule never reaches the switch. The switch is called outside any database transaction.
 */
export async function createInquiry(input: {
  actor: Actor | null;
  billerCode: string;
  customerNo: string;
  locale: Locale;
  now?: Date;
  billerSwitch?: BillerSwitch;
}): Promise<{ id: string }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const now = input.now ?? new Date();
  const answer = await askBiller({
    billerCode: input.billerCode,
    customerNo: input.customerNo,
    locale: input.locale,
    now,
    rateLimit: {
      key: `inquiry:user:${actor.id}`,
      limit: env.INQUIRY_LIMIT_PER_USER,
      windowSeconds: env.INQUIRY_LIMIT_WINDOW_SECONDS,
    },
    billerSwitch: input.billerSwitch,
  });
  return saveInquiry({ answer, userId: actor.id, now });
}
