import 'server-only';
import { db } from '@/lib/db';
import {
  missingVerification,
  toIdentityStatus,
  type IdentityStatus,
  type MissingVerification,
} from '@/lib/domain/identity/verification-steps';
import { assertRole, type Actor } from '../actor';

export type CustomerOverview = {
  name: string;
  email: string;
  emailVerified: boolean;
  identityVerified: boolean;
  identityStatus: IdentityStatus;
  /** What still stands between this customer and paying; empty when they may pay. */
  missingVerification: MissingVerification[];
  memberSince: Date;
};

export async function getCustomerOverview(input: {
  actor: Actor | null;
}): Promise<CustomerOverview> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      name: true,
      email: true,
      emailVerifiedAt: true,
      identityVerifiedAt: true,
      identityStatus: true,
      createdAt: true,
    },
  });
  return {
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    identityVerified: user.identityVerifiedAt !== null,
    identityStatus: toIdentityStatus(user.identityStatus),
    missingVerification: missingVerification({
      emailVerified: user.emailVerifiedAt !== null,
      identityVerified: user.identityVerifiedAt !== null,
      identityStatus: user.identityStatus,
    }),
    memberSince: user.createdAt,
  };
}
