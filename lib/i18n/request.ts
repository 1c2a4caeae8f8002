import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { WIB_TIME_ZONE } from '@/lib/domain/datetime';
import { LOCALE_COOKIE, toLocale, type Locale } from '@/lib/domain/locale';

const catalogues = {
  id: () => import('@/messages/id'),
  en: () => import('@/messages/en'),
} satisfies Record<Locale, () => Promise<unknown>>;

// The language is a remembered choice (a cookie), not part of the URL: links and receipts stay
// the same whichever language their reader prefers.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await catalogues[locale]()).default;
  return { locale, messages, timeZone: WIB_TIME_ZONE };
});
