import { useTranslations } from 'next-intl';

const SKELETON_ROWS = 8;

/**
 * Shown while /videos waits on VOD for its first page: the page's shape, not a spinner. Only this page has
 * one: a loading boundary streams the response, and pages that answer 403 or 404 must set that status first.
 */
export default function Loading() {
  const t = useTranslations('common');
  return (
    <div className="page skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t('loading')}</span>
      <div className="skeleton__title" aria-hidden="true" />
      <div className="skeleton__bar" aria-hidden="true" />
      {Array.from({ length: SKELETON_ROWS }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity but their place.
        <div key={i} className="skeleton__row" aria-hidden="true" />
      ))}
    </div>
  );
}
