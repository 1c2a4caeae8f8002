import 'server-only';
import { z } from 'zod';
import { activeCutOff, cutOffWindowSchema } from '@/lib/domain/cut-off';
import type { Locale } from '@/lib/domain/locale';

export type BillerAvailability =
  | { state: 'open' }
  | { state: 'maintenance'; message: string | null }
  | { state: 'cut-off'; until: string; endsAt: Date };

type BillerRow = {
  status: 'ACTIVE' | 'MAINTENANCE' | 'DISABLED';
  maintenanceMessageId: string | null;
  maintenanceMessageEn: string | null;
  cutOffWindows: string;
};

const windowsSchema = z.array(cutOffWindowSchema);

/** Whether a biller takes inquiries right now, and if not, what to tell the customer. */
export function billerAvailability(
  biller: BillerRow,
  locale: Locale,
  now: Date,
): BillerAvailability {
  if (biller.status === 'MAINTENANCE') {
    return {
      state: 'maintenance',
      message:
        (locale === 'id' ? biller.maintenanceMessageId : biller.maintenanceMessageEn) ?? null,
    };
  }
  const windows = windowsSchema.parse(JSON.parse(biller.cutOffWindows));
  const cutOff = activeCutOff(windows, now);
  if (cutOff) return { state: 'cut-off', until: cutOff.end, endsAt: cutOff.endsAt };
  return { state: 'open' };
}
