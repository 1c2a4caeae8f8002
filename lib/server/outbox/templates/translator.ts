import { createTranslator } from 'use-intl/core';
import { WIB_TIME_ZONE } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import en from '@/messages/en/email.json';
import id from '@/messages/id/email.json';

// E-mails are rendered by the worker, outside React and outside a request: the `email`
// catalogue is loaded directly and read with use-intl's framework-free translator.
const catalogues: Record<Locale, typeof id> = { id, en };

export function emailTranslator(locale: Locale) {
  return createTranslator({
    locale,
    messages: { email: catalogues[locale] },
    namespace: 'email',
    timeZone: WIB_TIME_ZONE,
    // A missing message or argument is a programming mistake: fail the render, never send
    // an e-mail showing a message key.
    onError(error) {
      throw error;
    },
  });
}

export type EmailTranslator = ReturnType<typeof emailTranslator>;
