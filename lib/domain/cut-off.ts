import { z } from 'zod';

// Daily cut-off windows (e.g. PLN 23:00-01:00) during which a biller takes no transactions.
// Times are WIB wall-clock times; a window whose end is earlier than its start wraps midnight.
// Schema messages are keys in the `reference` namespace.

export type CutOffWindow = { start: string; end: string };
export type ActiveCutOff = { start: string; end: string; endsAt: Date };

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const cutOffWindowSchema = z
  .object({
    start: z.string().regex(HH_MM, 'cutOff.timeInvalid'),
    end: z.string().regex(HH_MM, 'cutOff.timeInvalid'),
  })
  .refine((window) => window.start !== window.end, {
    message: 'cutOff.sameStartEnd',
    path: ['end'],
  });

export const cutOffWindowsSchema = z.array(cutOffWindowSchema);

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
// Asia/Jakarta is UTC+7 all year (no daylight saving), so WIB is a fixed offset.
const WIB_OFFSET_MS = 7 * 60 * MINUTE_MS;

function msOfDay(time: string): number {
  const match = HH_MM.exec(time);
  if (!match) throw new RangeError(`Not an HH:MM time: ${time}`);
  return (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
}

/**
 * The cut-off window in force at `now` (start inclusive, end exclusive), with the instant it
 * ends. When several overlap, the one that ends last. Null outside every window.
 */
export function activeCutOff(windows: readonly CutOffWindow[], now: Date): ActiveCutOff | null {
  const wibMs = now.getTime() + WIB_OFFSET_MS;
  const sinceMidnight = ((wibMs % DAY_MS) + DAY_MS) % DAY_MS;
  const midnight = now.getTime() - sinceMidnight; // 00:00 WIB today, as an instant
  let found: ActiveCutOff | null = null;
  for (const window of windows) {
    const start = msOfDay(window.start);
    const end = msOfDay(window.end);
    if (start === end) continue;
    let endsAt: number | null = null;
    if (start < end) {
      if (sinceMidnight >= start && sinceMidnight < end) endsAt = midnight + end;
    } else if (sinceMidnight >= start) {
      endsAt = midnight + DAY_MS + end; // before midnight: ends tomorrow
    } else if (sinceMidnight < end) {
      endsAt = midnight + end; // after midnight: ends today
    }
    if (endsAt !== null && (!found || endsAt > found.endsAt.getTime())) {
      found = { start: window.start, end: window.end, endsAt: new Date(endsAt) };
    }
  }
  return found;
}
