import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '../actor';
import { requireOutletMember } from './outlet-membership';

export type OutletSettings = {
  name: string;
  address: string;
  markup: number;
  /** The highest biaya loket any active biller allows; each sale is capped by its own biller. */
  markupLimit: number;
};

export async function highestMarkupLimit(): Promise<number> {
  const { _max } = await db.biller.aggregate({
    where: { status: { not: 'DISABLED' } },
    _max: { maxOutletMarkup: true },
  });
  return _max.maxOutletMarkup ?? 0;
}

/** What the owner may set for the outlet (name and address are the admin's to change). */
export async function getOutletSettings(input: { actor: Actor | null }): Promise<OutletSettings> {
  const { outlet } = await requireOutletMember(input.actor, ['OWNER']);
  return {
    name: outlet.name,
    address: outlet.address,
    markup: outlet.markup,
    markupLimit: await highestMarkupLimit(),
  };
}
