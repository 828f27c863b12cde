'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Shows an ISO instant in the viewer's own time zone. The server renders the UTC value (it cannot know the
 * viewer's zone); the browser swaps in the local one after hydration, in a box of fixed width so nothing jumps.
 */
export function LocalTime({ iso, withSeconds = false }: { iso: string | null; withSeconds?: boolean }) {
  const text = useSyncExternalStore(
    subscribe,
    () => (iso ? formatLocal(iso, withSeconds) : ''),
    () => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : ''),
  );
  if (!iso) return null;
  return (
    <time dateTime={iso} title={iso} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </time>
  );
}

const formatters = new Map<boolean, Intl.DateTimeFormat>();

function formatLocal(iso: string, withSeconds: boolean): string {
  let formatter = formatters.get(withSeconds);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      ...(withSeconds ? { second: '2-digit' } : {}),
    });
    formatters.set(withSeconds, formatter);
  }
  return formatter.format(new Date(iso));
}
