'use client';

import { NextIntlClientProvider } from 'next-intl';
import { ErrorPanel } from '@/components/layout/error-panel';
import { DEFAULT_LOCALE, negotiateLocale } from '@/lib/i18n/locales';
import { catalogs } from '@/lib/i18n/messages';
import './globals.css';

/**
 * The last boundary, for errors in the root layout itself: it replaces the whole document, the request's
 * locale with it, so it speaks the browser's language.
 */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const locale =
    (typeof navigator === 'undefined' ? null : negotiateLocale(navigator.languages.join(','))) ??
    DEFAULT_LOCALE;
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={{ common: catalogs[locale].common }}>
          <ErrorPanel digest={error.digest} reset={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
