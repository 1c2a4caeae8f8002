import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/domain/roles';
import { assertRole, type Actor } from '../actor';

export const USERS_PAGE_SIZE = 20;

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  emailVerified: boolean;
  identityVerified: boolean;
  locked: boolean;
  createdAt: Date;
};

export async function listUsers(input: {
  actor: Actor | null;
  search?: string;
  role?: Role;
  status?: 'ACTIVE' | 'LOCKED';
  page: number;
}): Promise<{ rows: UserRow[]; total: number; page: number; pageCount: number }> {
  assertRole(input.actor, ['ADMIN']);
  const search = input.search?.trim();
  const where = {
    ...(input.role ? { role: input.role } : {}),
    ...(input.status ? { lockedAt: input.status === 'LOCKED' ? { not: null } : null } : {}),
    ...(search ? { OR: [{ email: { contains: search } }, { name: { contains: search } }] } : {}),
  };
  const page = Math.max(1, input.page);
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        emailVerifiedAt: true,
        identityVerifiedAt: true,
        lockedAt: true,
        createdAt: true,
      },
    }),
    db.user.count({ where }),
  ]);
  return {
    rows: users.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      emailVerified: user.emailVerifiedAt !== null,
      identityVerified: user.identityVerifiedAt !== null,
      locked: user.lockedAt !== null,
      createdAt: user.createdAt,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)),
  };
}
