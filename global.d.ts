import type { Locale } from '@/lib/i18n/locales';
import type { en } from '@/lib/i18n/messages/en';

// Message keys and ICU arguments are checked by tsc against the English catalog.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
