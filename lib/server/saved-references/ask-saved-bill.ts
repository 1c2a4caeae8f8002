import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import { billDueDate, newestPeriod, type ReminderCheck } from '@/lib/domain/bill-reminders';
import type { OperatorPrefixTable } from '@/lib/domain/references/operators';
import { checkReference, referenceRuleSchema } from '@/lib/domain/references/rules';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { log } from '@/lib/log';
import { billerAvailability } from '../catalogue/biller-availability';

// The reminder's question to the biller: is there an unpaid bill for this saved reference, and
// which period is the newest? Nothing is kept at the switch or in Loket's transactions: an
// inquiry is only a question. Never throws for the switch's sake: no answer is 'retry'.

export type SavedBill = {
  id: string;
  userId: string;
  customerNo: string;
  biller: {
    id: string;
    code: string;
    status: 'ACTIVE' | 'MAINTENANCE' | 'DISABLED';
    inquiryProductCode: string | null;
    referenceRule: string;
    cutOffWindows: string;
    maintenanceMessageId: string | null;
    maintenanceMessageEn: string | null;
  };
};

export type BillFound = { period: string; amount: number; dueDate: string | null };

const RECENT_MS = 62 * 24 * 60 * 60_000;
const periodsSchema = z.object({ periods: z.array(z.object({ period: z.string() })) });

/** Whether the customer already looked at this period in Loket (checked it, or paid it). */
async function customerSawPeriod(saved: SavedBill, period: string, now: Date): Promise<boolean> {
  const recent = await db.transaction.findMany({
    where: {
      userId: saved.userId,
      createdAt: { gte: new Date(now.getTime() - RECENT_MS) },
      billerId: saved.biller.id,
      customerNo: saved.customerNo,
    },
    orderBy: { createdAt: 'desc' },
    take: 20,
    select: { inquiryData: true },
  });
  return recent.some(({ inquiryData }) => {
    const parsed = periodsSchema.safeParse(JSON.parse(inquiryData));
    return parsed.success && parsed.data.periods.some((p) => p.period === period);
  });
}

async function productCodeOf(saved: SavedBill): Promise<string | null> {
  if (saved.biller.inquiryProductCode) return saved.biller.inquiryProductCode;
  // Mobile postpaid: the product is the operator's, found from the number's prefix.
  const rule = referenceRuleSchema.parse(JSON.parse(saved.biller.referenceRule));
  const prefixes = (await db.operatorPrefix.findMany()) as unknown as OperatorPrefixTable;
  const reference = checkReference(rule, saved.customerNo, prefixes);
  if (!reference.ok || !reference.operator) return null;
  const product = await db.product.findFirst({
    where: { billerId: saved.biller.id, operator: reference.operator, active: true },
    select: { code: true },
  });
  return product?.code ?? null;
}

export async function askSavedBill(
  saved: SavedBill,
  input: { now: Date; billerSwitch: BillerSwitch },
): Promise<{ check: ReminderCheck; bill?: BillFound }> {
  const { now } = input;
  const context = { savedReferenceId: saved.id, biller: saved.biller.code };
  if (saved.biller.status === 'DISABLED') return { check: { kind: 'no-bill' } };
  if (billerAvailability(saved.biller, 'id', now).state !== 'open') {
    return { check: { kind: 'retry' } };
  }
  const productCode = await productCodeOf(saved);
  if (!productCode) {
    log('warn', 'bill reminder: no product answers for this number', context);
    return { check: { kind: 'no-bill' } };
  }
  const outcome = await input.billerSwitch.inquire({
    refId: `RMD-${randomUUID()}`,
    productCode,
    customerNo: saved.customerNo,
  });
  if (outcome.kind === 'unavailable') {
    log('warn', 'bill reminder: switch unavailable', { ...context, reason: outcome.reason });
    return { check: { kind: 'retry' } };
  }
  if (outcome.kind === 'refused') {
    switch (outcome.reason) {
      case 'ALREADY_PAID':
      case 'UNKNOWN_CUSTOMER':
        return { check: { kind: 'no-bill' } };
      case 'NOT_AVAILABLE_YET':
        return { check: { kind: 'not-yet' } };
      default:
        log(outcome.reason === 'INVALID_REQUEST' ? 'error' : 'warn', 'bill reminder refused', {
          ...context,
          reason: outcome.reason,
          rc: outcome.rc,
        });
        return { check: { kind: 'retry' } };
    }
  }
  const { inquiry } = outcome;
  const period = newestPeriod(inquiry.periods);
  if (!period) return { check: { kind: 'no-bill' } };
  return {
    check: { kind: 'bill', period, known: await customerSawPeriod(saved, period, now) },
    bill: {
      period,
      amount: inquiry.amount + inquiry.penalty,
      dueDate: billDueDate(inquiry.details),
    },
  };
}
