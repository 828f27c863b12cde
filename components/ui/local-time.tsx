'use client';

import { useLocale } from 'next-intl';
import { useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/locales';

const subscribe = () => () => {};

/**
 * Shows an ISO instant in the viewer's own time zone, written the way the app's language writes dates
 * (2026年12月1日 15:04). The server renders the UTC value (it cannot know the viewer's zone); the browser
 * swaps in the local one after hydration, in a box of fixed width so nothing jumps.
 */
export function LocalTime({ iso, withSeconds = false }: { iso: string | null; withSeconds?: boolean }) {
  const locale = useLocale();
  const text = useSyncExternalStore(
    subscribe,
    () => (iso ? formatLocal(locale, iso, withSeconds) : ''),
    () => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : ''),
  );
  if (!iso) return null;
  return (
    <time dateTime={iso} title={iso} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </time>
  );
}

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

function formatLocal(locale: Locale, iso: string, withSeconds: boolean): string {
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
