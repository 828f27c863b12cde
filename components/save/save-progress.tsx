import { LocalTime } from '@/components/ui/local-time';
import { saveMessages as m } from '@/lib/messages/save';
import styles from './save-progress.module.css';
import type { SaveController } from './use-save';

/**
 * The running save's progress bar and counts (videos done of total, updated, problems), its summary when
 * it ends, and the retry of its retryable failures. Phase changes are announced; the counts are not, so a
 * screen reader is not flooded twice a second.
 */
export function SaveProgress({ save }: { save: SaveController }) {
  const { phase, progress, message, isOffline } = save.view;
  if (phase === 'idle') return null;

  const announcement = statusText(save);
  return (
    <section className={styles.panel} aria-label={m.progressLabel} data-phase={phase}>
      {progress && (
        <>
          <progress
            className={styles.bar}
            max={Math.max(progress.total, 1)}
            value={progress.done}
            aria-label={m.progressLabel}
            aria-valuetext={m.progress(progress.done, progress.total)}
          />
          <span className={styles.counts}>
            {m.progress(progress.done, progress.total)}
            <span className={styles.updated}>{m.updatedCount(progress.counts.updated)}</span>
            <span className={progress.problems > 0 ? styles.problems : undefined}>
              {m.problemCount(progress.problems)}
            </span>
          </span>
        </>
      )}
      <span role="status" aria-live="polite" className={styles.status}>
        {announcement}
      </span>
      {isOffline && <span className={styles.warning}>{m.connectionLost}</span>}
      {progress?.nextTryAt && !progress.isFinished && (
        <span aria-live="polite" className={styles.warning}>
          {m.waitingForVod} <LocalTime iso={progress.nextTryAt} withSeconds />
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
            {m.retry(progress.retryable)}
          </button>
        )}
        {!save.isSaving && (
          <button type="button" className="btn" onClick={save.dismiss}>
            {m.dismiss}
          </button>
        )}
      </span>
    </section>
  );
}

function statusText({ view }: SaveController): string {
  const { phase, progress } = view;
  switch (phase) {
    case 'submitting':
      return m.starting;
    case 'running':
      return progress ? m.saving(progress.total) : m.starting;
    case 'loading':
      return m.loadingResults;
    case 'finished':
      if (!progress) return '';
      return progress.problems > 0
        ? m.finishedWithProblems(progress.counts.updated, progress.total, progress.problems)
        : m.finished(progress.counts.updated, progress.total);
    default:
      return '';
  }
}
