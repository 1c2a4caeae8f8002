import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, toLocale } from '@/lib/domain/locale';
import { WIB_TIME_ZONE } from '@/lib/domain/datetime';

// The language is a remembered choice (a cookie), not part of the URL: links and receipts stay
// the same whichever language their reader prefers.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: WIB_TIME_ZONE };
});
