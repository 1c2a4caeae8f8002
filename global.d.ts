import type messages from './messages/id';
import type { Locale } from './lib/domain/locale';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
