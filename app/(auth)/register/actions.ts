'use server';
import { publicAction } from '@/lib/actions/safe-action';
import { registerSchema } from '@/lib/domain/account';
import { registerCustomer } from '@/lib/server/accounts/register-customer';

export const register = publicAction(registerSchema, async (registration, { ipAddress }) => {
  const user = await registerCustomer({ registration, ipAddress });
  return { email: user.email };
});
