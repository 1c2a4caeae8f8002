import 'server-only';
import { z } from 'zod';
import { AppError } from '../errors';
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

/**
 * Whether a biller takes inquiries and payments right now, and if not, what to tell the customer.
 * A disabled biller is gone from the lists, but whoever still reaches it (a saved bill, an open
 * page, a bookmark) reads it as closed for maintenance, not as a missing page.
 */
export function billerAvailability(
  biller: BillerRow,
  locale: Locale,
  now: Date,
): BillerAvailability {
  if (biller.status === 'DISABLED') return { state: 'maintenance', message: null };
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

/** Refuses a bill check or a payment while the biller is not open, saying why and until when. */
export function assertBillerOpen(availability: BillerAvailability, billerName: string): void {
  if (availability.state === 'maintenance') {
    throw new AppError('CONFLICT', 'billerMaintenance', { params: { biller: billerName } });
  }
  if (availability.state === 'cut-off') {
    throw new AppError('CONFLICT', 'billerCutOff', {
      params: { biller: billerName, until: availability.until },
    });
  }
}
