import 'server-only';
import { db } from '@/lib/db';
import { orderCounterBillers } from '@/lib/domain/counter-keys';
import type { Locale } from '@/lib/domain/locale';
import type { OperatorCode, OperatorPrefixTable } from '@/lib/domain/references/operators';
import { referenceRuleSchema, type ReferenceRule } from '@/lib/domain/references/rules';
import type { Actor } from '../actor';
import { billerAvailability, type BillerAvailability } from '../catalogue/biller-availability';
import { findOpenShift, type OpenShift } from '../shifts/find-open-shift';
import { loadShiftSales, type SaleRow } from '../shifts/shift-sales';
import { requireOutletMember } from './outlet-membership';

export type CounterBiller = {
  code: string;
  name: string;
  kind: 'PREPAID' | 'POSTPAID';
  category: string;
  rule: ReferenceRule;
  availability: BillerAvailability;
};

export type CounterDesk = {
  outlet: { name: string; markup: number };
  role: 'OWNER' | 'CASHIER';
  cashierName: string;
  shift: OpenShift | null;
  billers: CounterBiller[];
  operatorPrefixes: OperatorPrefixTable;
  recentSales: SaleRow[];
};

export const RECENT_SALES = 10;

/**
 * Everything the counter screen starts from: who serves, their open shift, the billers on sale
 * (most sold first, each with the rule that checks its numbers as they are typed) and the
 * shift's latest sales.
 */
export async function getCounterDesk(input: {
  actor: Actor | null;
  locale: Locale;
  now?: Date;
}): Promise<CounterDesk> {
  const { actor, role, outlet } = await requireOutletMember(input.actor);
  const now = input.now ?? new Date();
  const [shift, billers, prefixes] = await Promise.all([
    findOpenShift(actor.id),
    db.biller.findMany({
      where: { status: { not: 'DISABLED' } },
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      take: 200,
      select: {
        code: true,
        nameId: true,
        nameEn: true,
        kind: true,
        category: true,
        referenceRule: true,
        status: true,
        maintenanceMessageId: true,
        maintenanceMessageEn: true,
        cutOffWindows: true,
      },
    }),
    db.operatorPrefix.findMany({ orderBy: { prefix: 'asc' } }),
  ]);
  const recentSales = shift
    ? await loadShiftSales([shift.id], input.locale, { take: RECENT_SALES })
    : [];
  return {
    outlet: { name: outlet.name, markup: outlet.markup },
    role,
    cashierName: actor.name,
    shift,
    billers: orderCounterBillers(
      billers.map((biller) => ({
        code: biller.code,
        name: input.locale === 'id' ? biller.nameId : biller.nameEn,
        kind: biller.kind,
        category: biller.category,
        rule: referenceRuleSchema.parse(JSON.parse(biller.referenceRule)),
        availability: billerAvailability(biller, input.locale, now),
      })),
    ),
    operatorPrefixes: prefixes as { prefix: string; operator: OperatorCode }[],
    recentSales,
  };
}
