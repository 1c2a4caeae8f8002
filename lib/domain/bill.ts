import { WIB_TIME_ZONE } from './datetime';
import type { Locale } from './locale';
import type { Rupiah } from './money';

export type BillAmounts = { amount: Rupiah; penalty: Rupiah; adminFee: Rupiah };

/** What the customer pays for a postpaid bill: bill + penalty (denda) + admin fee. */
export function billTotal({ amount, penalty, adminFee }: BillAmounts): Rupiah {
  const parts = { amount, penalty, adminFee };
  for (const [name, value] of Object.entries(parts)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`${name} is not a whole, non-negative rupiah amount: ${String(value)}`);
    }
  }
  const total = amount + penalty + adminFee;
  if (!Number.isSafeInteger(total)) throw new RangeError(`Bill total too large: ${total}`);
  return total;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

const periodFormatters = new Map<Locale, Intl.DateTimeFormat>();

function periodFormatter(locale: Locale): Intl.DateTimeFormat {
  let cached = periodFormatters.get(locale);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: WIB_TIME_ZONE,
    });
    periodFormatters.set(locale, cached);
  }
  return cached;
}

/** A bill period `YYYY-MM` as "Okt 2026" (id) or "Oct 2026" (en). */
export function formatBillPeriod(period: string, locale: Locale): string {
  const match = PERIOD.exec(period);
  if (!match) throw new RangeError(`Not a YYYY-MM period: ${period}`);
  // Mid-month at noon UTC: the same month in Jakarta whatever the offset.
  const date = new Date(Date.UTC(2000, Number(match[2]) - 1, 15, 12));
  date.setUTCFullYear(Number(match[1]));
  const parts = periodFormatter(locale).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${get('month')} ${get('year')}`;
}
