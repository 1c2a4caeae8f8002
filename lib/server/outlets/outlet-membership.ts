import 'server-only';
import { db, type DbTransaction } from '@/lib/db';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';

export type OutletRole = 'OWNER' | 'CASHIER';

export type OutletMembership = {
  outletId: string;
  role: OutletRole;
  outlet: {
    id: string;
    name: string;
    address: string;
    markup: number;
    lowBalanceThreshold: number;
  };
};

/**
 * The outlet an agent works at, and as what. Every counter use case starts here: an agent
 * without an outlet, or without the needed outlet role, is refused before anything is read.
 */
export async function requireOutletMember(
  actor: Actor | null,
  roles: readonly OutletRole[] = ['OWNER', 'CASHIER'],
  client: DbTransaction | typeof db = db,
): Promise<OutletMembership & { actor: Actor }> {
  const agent = assertRole(actor, ['AGENT']);
  const member = await client.outletMember.findUnique({
    where: { userId: agent.id },
    select: {
      outletId: true,
      role: true,
      outlet: {
        select: { id: true, name: true, address: true, markup: true, lowBalanceThreshold: true },
      },
    },
  });
  if (!member) throw new AppError('FORBIDDEN', 'noOutlet');
  const role = member.role as OutletRole;
  if (!roles.includes(role)) {
    throw new AppError('FORBIDDEN', 'forbidden', {
      internal: `outlet role ${role} is not one of ${roles.join(', ')}`,
    });
  }
  return { actor: agent, outletId: member.outletId, role, outlet: member.outlet };
}
