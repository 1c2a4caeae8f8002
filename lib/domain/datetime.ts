import type { Locale } from './locale';

export const WIB_TIME_ZONE = 'Asia/Jakarta';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      ...options,
      timeZone: WIB_TIME_ZONE,
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** 24 Nov 2026 (the calendar date in Jakarta, whatever the server's zone). */
export function formatDateWib(date: Date, locale: Locale): string {
  return formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** 24 Nov 2026 19.05 WIB in Indonesian, 24 Nov 2026 19:05 WIB in English. */
export function formatDateTimeWib(date: Date, locale: Locale): string {
  const parts = formatter(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  const separator = locale === 'id' ? '.' : ':';
  return `${get('day')} ${get('month')} ${get('year')} ${get('hour')}${separator}${get('minute')} WIB`;
}
