import 'server-only';
import {
  datesOfMonth,
  fillPeriods,
  monthsOfYear,
  sumRevenue,
  wibMonthRange,
  wibYearRange,
  type CommissionRow,
  type RevenueRow,
  type VolumeRow,
} from '@/lib/domain/reports';
import type { Locale } from '@/lib/domain/locale';
import { assertRole, type Actor } from '../../actor';
import { AppError } from '../../errors';
import { commissionsByOutlet, revenueBy, volumeByBiller } from './report-queries';

export type Reports = {
  month: string;
  daily: RevenueRow[];
  monthTotal: RevenueRow;
  monthly: RevenueRow[];
  commissions: CommissionRow[];
  volume: VolumeRow[];
};

/** Every report of one WIB month (and the months of its year), for admins only. */
export async function getReports(input: {
  actor: Actor | null;
  month: string;
  locale: Locale;
}): Promise<Reports> {
  assertRole(input.actor, ['ADMIN']);
  const range = wibMonthRange(input.month);
  if (!range) throw new AppError('VALIDATION', 'validationFailed');
  const year = Number(input.month.slice(0, 4));
  const [daily, monthly, commissions, volume] = await Promise.all([
    revenueBy('day', range),
    revenueBy('month', wibYearRange(year)),
    commissionsByOutlet(range),
    volumeByBiller(range, input.locale),
  ]);
  const days = fillPeriods(datesOfMonth(input.month), daily);
  return {
    month: input.month,
    daily: days,
    monthTotal: sumRevenue(days, input.month),
    monthly: fillPeriods(monthsOfYear(year), monthly),
    commissions,
    volume,
  };
}
