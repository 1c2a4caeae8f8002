import 'server-only';
import { db } from '@/lib/db';
import type { RegisterOutput } from '@/lib/domain/account';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import { env } from '@/lib/env';
import { AppError } from '../errors';
import { hashPassword } from '../passwords';
import { isUniqueViolation } from '../prisma-errors';
import { consumeRateLimit } from '../rate-limit';
import { queueEmailVerification } from './email-verification';

export type RegisteredCustomer = { id: string; email: string };

const emailTaken = () =>
  new AppError('VALIDATION', 'validationFailed', { fieldErrors: { email: ['emailTaken'] } });

export async function registerCustomer(input: {
  registration: RegisterOutput;
  ipAddress: string;
}): Promise<RegisteredCustomer> {
  const { name, email, password, locale } = input.registration;
  const limit = await consumeRateLimit(`register:ip:${input.ipAddress}`, {
    limit: env.REGISTER_LIMIT_PER_IP,
    windowSeconds: env.REGISTER_LIMIT_WINDOW_SECONDS,
  });
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', 'tooManyRegistrations', {
      params: { minutes: retryAfterMinutes(limit.retryAfterSeconds) },
    });
  }

  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(password);
  try {
    // The account and its verification e-mail commit together.
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name, email, passwordHash, locale, role: 'CUSTOMER' },
        select: { id: true, email: true, name: true, locale: true },
      });
      await queueEmailVerification(tx, user);
      return { id: user.id, email: user.email };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'email')) throw emailTaken();
    throw error;
  }
}
