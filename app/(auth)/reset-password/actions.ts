'use server';
import { after } from 'next/server';
import { publicAction } from '@/lib/actions/safe-action';
import { resetPasswordSchema } from '@/lib/domain/account';
import { resetPassword } from '@/lib/server/accounts/reset-password';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';

export const resetPasswordAction = publicAction(
  resetPasswordSchema,
  async ({ token, password }, { ipAddress }) => {
    await resetPassword({ token, password, ipAddress });
    after(() => deliverOutbox().then(() => undefined));
  },
);
