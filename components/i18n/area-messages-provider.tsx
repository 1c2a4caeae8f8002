'use client';
import type { AbstractIntlMessages } from 'next-intl';
import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from 'next-intl';

/**
 * Adds an area's messages to those the page already has: the root layout's are sent once, not
 * again with every area.
 */
export function AreaMessagesProvider({
  messages,
  children,
}: {
  messages: AbstractIntlMessages;
  children: React.ReactNode;
}) {
  const inherited = useMessages();
  return (
    <NextIntlClientProvider
      locale={useLocale()}
      timeZone={useTimeZone()}
      messages={{ ...inherited, ...messages }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
