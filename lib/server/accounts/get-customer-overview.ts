import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../actor';

export type CustomerOverview = {
  name: string;
  email: string;
  emailVerified: boolean;
  identityVerified: boolean;
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
      createdAt: true,
    },
  });
  return {
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    identityVerified: user.identityVerifiedAt !== null,
    memberSince: user.createdAt,
  };
}
