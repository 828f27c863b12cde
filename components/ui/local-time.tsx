'use client';

import { useLocale } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { formatInstant } from '@/lib/i18n/date-format';

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
    () => (iso ? formatInstant(locale, iso, withSeconds) : ''),
    () => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : ''),
  );
  if (!iso) return null;
  return (
    <time dateTime={iso} title={iso} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </time>
  );
}
