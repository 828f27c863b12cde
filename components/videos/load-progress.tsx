import { useTranslations } from 'next-intl';
import { ErrorDetails } from '@/components/ui/error-details';
import { errorKindOf } from '@/lib/i18n/error-kind';
import styles from './load-progress.module.css';

/** "Loaded 12,400 of 31,870 videos" with a progress bar while the rest of the view streams in. */
export function LoadProgress({
  loaded,
  total,
  isLoading,
  errorCode,
}: {
  loaded: number;
  total: number;
  isLoading: boolean;
  errorCode: string | null;
}) {
  const t = useTranslations('videos');
  const tErrors = useTranslations('errors');
  return (
    <div className={styles.row}>
      {isLoading ? (
        <>
          <progress
            className={styles.bar}
            max={Math.max(total, 1)}
            value={loaded}
            aria-label={t('loadedOf', { loaded, total })}
          />
          <span role="status">{t('loadedOf', { loaded, total })}</span>
        </>
      ) : (
        <span role="status">{total === 0 ? t('noMatches') : t('allLoaded', { total })}</span>
      )}
      {errorCode && (
        <span role="alert" className={styles.error}>
          <ErrorDetails
            sentence={tErrors(`${errorKindOf(errorCode)}.sentence`)}
            nextStep={t('loadStopped')}
            code={errorCode}
            requestId={null}
            technical={null}
          />
        </span>
      )}
    </div>
  );
}
