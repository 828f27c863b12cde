import type { Locale } from './locales';

const formatters = new Map<string, Intl.DateTimeFormat>();

// Chinese reads the month as a word (12月) and the clock in 24 hours; English keeps its numeric dates.
const dateParts: Record<Locale, Intl.DateTimeFormatOptions> = {
  'zh-CN': {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  en: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
};

/** An ISO instant in the runtime's time zone (the viewer's, in the browser), written the way the locale writes dates. */
export function formatInstant(locale: Locale, iso: string, withSeconds = false): string {
  const key = `${locale}:${withSeconds}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      ...dateParts[locale],
      ...(withSeconds ? { second: '2-digit' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}
