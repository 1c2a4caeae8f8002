import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/domain/roles';
import { assertRole, type Actor } from '../actor';

export type UserStats = { total: number; byRole: Record<Role, number>; locked: number };

export async function getUserStats(input: { actor: Actor | null }): Promise<UserStats> {
  assertRole(input.actor, ['ADMIN']);
  const [groups, locked] = await Promise.all([
    db.user.groupBy({ by: ['role'], _count: { _all: true } }),
    db.user.count({ where: { lockedAt: { not: null } } }),
  ]);
  const byRole: Record<Role, number> = { CUSTOMER: 0, AGENT: 0, ADMIN: 0 };
  for (const group of groups) byRole[group.role] = group._count._all;
  return { total: groups.reduce((sum, group) => sum + group._count._all, 0), byRole, locked };
}
