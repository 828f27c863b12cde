import { useTranslations } from 'next-intl';

/** What an unexpected error shows: no stack trace, just the reference the logs can be searched by. */
export function ErrorPanel({ digest, reset }: { digest: string | undefined; reset: () => void }) {
  const t = useTranslations('common');
  return (
    <main className="page" role="alert">
      <h1>{t('errorTitle')}</h1>
      <p>
        {t('errorBody')} <code>{digest ?? '—'}</code>
      </p>
      <button type="button" className="btn" onClick={reset}>
        {t('retry')}
      </button>
    </main>
  );
}
