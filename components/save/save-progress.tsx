import { useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import type { Translator } from '@/lib/i18n/translator';
import styles from './save-progress.module.css';
import type { SaveController } from './use-save';

/**
 * The running save's progress bar and counts (videos done of total, updated, problems), its summary when
 * it ends, and the retry of its retryable failures. Phase changes are announced; the counts are not, so a
 * screen reader is not flooded twice a second.
 */
export function SaveProgress({ save }: { save: SaveController }) {
  const t = useTranslations();
  const { phase, progress, message, isOffline } = save.view;
  if (phase === 'idle') return null;

  const announcement = statusText(t, save);
  return (
    <section className={styles.panel} aria-label={t('save.progressLabel')} data-phase={phase}>
      {progress && (
        <>
          <progress
            className={styles.bar}
            max={Math.max(progress.total, 1)}
            value={progress.done}
            aria-label={t('save.progressLabel')}
            aria-valuetext={t('save.progress', { done: progress.done, total: progress.total })}
          />
          <span className={styles.counts}>
            {t('save.progress', { done: progress.done, total: progress.total })}
            <span className={styles.updated}>{t('save.updatedCount', { n: progress.counts.updated })}</span>
            <span className={progress.problems > 0 ? styles.problems : undefined}>
              {t('save.problemCount', { n: progress.problems })}
            </span>
          </span>
        </>
      )}
      <span role="status" aria-live="polite" className={styles.status}>
        {announcement}
      </span>
      {isOffline && <span className={styles.warning}>{t('save.connectionLost')}</span>}
      {progress?.nextTryAt && !progress.isFinished && (
        <span aria-live="polite" className={styles.warning}>
          {t('save.waitingForVod')} <LocalTime iso={progress.nextTryAt} withSeconds />
        </span>
      )}
      {message && (
        <span role="alert" className={phase === 'refused' ? styles.error : styles.warning}>
          {message}
        </span>
      )}
      <span className={styles.actions}>
        {save.canRetry && progress && (
          <button type="button" className="btn" onClick={save.retry}>
            {t('save.retry', { n: progress.retryable })}
          </button>
        )}
        {!save.isSaving && (
          <button type="button" className="btn" onClick={save.dismiss}>
            {t('save.dismiss')}
          </button>
        )}
      </span>
    </section>
  );
}

function statusText(t: Translator, { view }: SaveController): string {
  const { phase, progress } = view;
  switch (phase) {
    case 'submitting':
      return t('save.starting');
    case 'running':
      return progress ? t('save.saving', { total: progress.total }) : t('save.starting');
    case 'loading':
      return t('save.loadingResults');
    case 'finished':
      if (!progress) return '';
      return progress.problems > 0
        ? t('save.finishedWithProblems', {
            updated: progress.counts.updated,
            total: progress.total,
            problems: progress.problems,
          })
        : t('save.finished', { updated: progress.counts.updated, total: progress.total });
    default:
      return '';
  }
}
