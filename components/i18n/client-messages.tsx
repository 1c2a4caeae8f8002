import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { CLIENT_NAMESPACES, type ClientArea } from '@/lib/i18n/client-namespaces';
import { AreaMessagesProvider } from './area-messages-provider';

/**
 * Gives the client components below it the messages of their area, and no others: the whole
 * catalogue would be sent with every page otherwise. The root layout sends the shared ones; an
 * area's layout adds its own to them.
 */
export async function ClientMessages({
  area,
  children,
}: {
  area: ClientArea;
  children: React.ReactNode;
}) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    CLIENT_NAMESPACES[area].map((namespace) => [namespace, messages[namespace]]),
  );
  return area === 'root' ? (
    <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
  ) : (
    <AreaMessagesProvider messages={picked}>{children}</AreaMessagesProvider>
  );
}
