import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Role } from '@/lib/domain/roles';
import type { Actor } from '@/lib/server/actor';
import { hashPassword } from '@/lib/server/passwords';

export const TEST_PASSWORD = 'kata sandi uji coba';

let cachedHash: Promise<string> | undefined;

/** A user with a unique e-mail, so tests never depend on each other's data. */
export async function createUser(
  options: {
    role?: Role;
    name?: string;
    email?: string;
    emailVerifiedAt?: Date | null;
    identityVerifiedAt?: Date | null;
  } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const user = await db.user.create({
    data: {
      email: options.email ?? `user-${randomUUID()}@uji.loket.id`,
      name: options.name ?? 'Pengguna Uji',
      role: options.role ?? 'CUSTOMER',
      passwordHash: await cachedHash,
      emailVerifiedAt: options.emailVerifiedAt ?? null,
      identityVerifiedAt: options.identityVerifiedAt ?? null,
      identityStatus: options.identityVerifiedAt ? 'APPROVED' : 'NONE',
    },
  });
  const actor: Actor = {
    id: user.id,
    role: user.role,
    email: user.email,
    name: user.name,
    locale: user.locale,
  };
  return { user, actor };
}
