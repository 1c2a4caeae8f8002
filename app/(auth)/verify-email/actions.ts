'use server';
import { z } from 'zod';
import { publicAction } from '@/lib/actions/safe-action';
import { verifyEmail } from '@/lib/server/accounts/email-verification';

export const verifyEmailAction = publicAction(
  z.object({ token: z.string().min(20).max(100) }),
  (input) => verifyEmail({ token: input.token }),
);
