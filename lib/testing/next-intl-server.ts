import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

// next-intl's server functions read the request Next.js is serving; tests run lib/ directly in Node with no
// request, so they read English (vitest.config.ts aliases 'next-intl/server' here).

/** The locale of a test "request": English. */
export async function getLocale() {
  return DEFAULT_LOCALE;
}

/** The English translator, as getTranslations answers for an English request. */
export async function getTranslations(namespace?: Parameters<typeof translatorFor>[1]) {
  return translatorFor(DEFAULT_LOCALE, namespace);
}
