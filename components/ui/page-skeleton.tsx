import { useTranslations } from 'next-intl';

/**
 * A page's shape in muted blocks while it waits on data, not a spinner: a title, a bar (filters or a
 * summary) and `rows` table rows. Screen readers hear "Loading…".
 */
export function PageSkeleton({ rows }: { rows: number }) {
  const t = useTranslations('common');
  return (
    <div className="page skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t('loading')}</span>
      <div className="skeleton__title" aria-hidden="true" />
      <div className="skeleton__bar" aria-hidden="true" />
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity but their place.
        <div key={i} className="skeleton__row" aria-hidden="true" />
      ))}
    </div>
  );
}
