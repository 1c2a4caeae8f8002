'use server';
import { after } from 'next/server';
import { publicAction } from '@/lib/actions/safe-action';
import { forgotPasswordSchema } from '@/lib/domain/account';
import { requestPasswordReset } from '@/lib/server/accounts/request-password-reset';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';

export const requestPasswordResetAction = publicAction(
  forgotPasswordSchema,
  async ({ email }, { ipAddress }) => {
    await requestPasswordReset({ email, ipAddress });
    // Whether or not a message was queued: the answer must not tell which.
    after(() => deliverOutbox().then(() => undefined));
    return { email };
  },
);
