import { formatInstant } from '@/lib/i18n/date-format';
import type { Locale } from '@/lib/i18n/locales';

/** "1:02:03" or "2:03" for a duration in seconds; empty when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** An ISO time in the viewer's time zone, written the way the app's language writes dates; empty when unknown. */
export function formatDateTime(iso: string | null, locale: Locale): string {
  if (iso === null || Number.isNaN(new Date(iso).getTime())) return '';
  return formatInstant(locale, iso);
}
