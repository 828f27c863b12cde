'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import styles from './history.module.css';

/** A server action that starts a batch linked to this one; batchId null when there was nothing to send. */
export type LinkedBatchAction = (input: {
  batchId: string;
}) => Promise<ActionResult<{ batchId: string | null }>>;

type Pending = 'retry' | 'revert';

/**
 * Retry, revert and export buttons of a batch. Shown only to those allowed; the actions and the export
 * route check again on the server.
 */
export function BatchActions({
  batchId,
  canRetry,
  retriesNewest = false,
  canRevert,
  retryAction,
  revertAction,
  exportHrefs,
}: {
  batchId: string;
  canRetry: boolean;
  /** The batch was retried before: a retry sends what still fails in its newest retry. */
  retriesNewest?: boolean;
  canRevert: boolean;
  retryAction: LinkedBatchAction;
  revertAction: LinkedBatchAction;
  exportHrefs: { csv: string; json: string };
}) {
  const t = useTranslations();
  const router = useRouter();
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const run = (kind: Pending) => {
    setNotice(null);
    startTransition(async () => {
      const result = await (kind === 'retry' ? retryAction : revertAction)({ batchId });
      setConfirming(null);
      if (!result.ok) {
        setNotice(result.error.message);
      } else if (result.data.batchId === null) {
        setNotice(
          kind === 'retry' ? t('batches.actions.nothingToRetry') : t('batches.actions.nothingToRevert'),
        );
      } else {
        router.push(`/batches/${result.data.batchId}`);
      }
    });
  };

  return (
    <section aria-label={t('batches.actions.title')}>
      <div className={styles.actions}>
        {canRetry && (
          <button type="button" className="btn" disabled={isPending} onClick={() => setConfirming('retry')}>
            {retriesNewest ? t('batches.actions.retryNewest') : t('batches.actions.retry')}
          </button>
        )}
        {canRevert && (
          <button
            type="button"
            className="btn btn-danger"
            disabled={isPending}
            onClick={() => setConfirming('revert')}
          >
            {t('batches.actions.revert')}
          </button>
        )}
        <a className="btn" href={exportHrefs.csv} download>
          {t('batches.actions.exportCsv')}
        </a>
        <a className="btn" href={exportHrefs.json} download>
          {t('batches.actions.exportJson')}
        </a>
      </div>
      {confirming && (
        <div className="card">
          <p>
            {confirming === 'revert'
              ? t('batches.actions.revertConfirm')
              : retriesNewest
                ? t('batches.actions.retryNewestConfirm')
                : t('batches.actions.retryConfirm')}
          </p>
          <div className={styles.actions}>
            <button
              type="button"
              className={confirming === 'revert' ? 'btn btn-danger' : 'btn btn-primary'}
              disabled={isPending}
              onClick={() => run(confirming)}
            >
              {isPending
                ? t('batches.actions.working')
                : confirming === 'retry'
                  ? t('batches.actions.confirmRetry')
                  : t('batches.actions.confirmRevert')}
            </button>
            <button type="button" className="btn" disabled={isPending} onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {notice && (
        <p role="status" className="alert">
          {notice}
        </p>
      )}
    </section>
  );
}
