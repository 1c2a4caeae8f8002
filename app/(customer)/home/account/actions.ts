'use server';
import { after } from 'next/server';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { resendEmailVerification } from '@/lib/server/accounts/email-verification';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';

export const resendVerificationAction = roleAction(
  ['CUSTOMER'],
  z.object({}),
  async (_input, { actor }) => {
    await resendEmailVerification({ actor });
    after(() => deliverOutbox().then(() => undefined));
  },
);
