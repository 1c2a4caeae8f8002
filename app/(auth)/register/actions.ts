'use server';
import { after } from 'next/server';
import { publicAction } from '@/lib/actions/safe-action';
import { registerSchema } from '@/lib/domain/account';
import { registerCustomer } from '@/lib/server/accounts/register-customer';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';

export const register = publicAction(registerSchema, async (registration, { ipAddress }) => {
  const user = await registerCustomer({ registration, ipAddress });
  // Send the verification e-mail now rather than at the worker's next round.
  after(() => deliverOutbox().then(() => undefined));
  return { email: user.email };
});
