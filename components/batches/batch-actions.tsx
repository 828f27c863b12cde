'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import { messages } from '@/lib/messages';
import styles from './history.module.css';

const t = messages.batches.actions;

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
        setNotice(kind === 'retry' ? t.nothingToRetry : t.nothingToRevert);
      } else {
        router.push(`/batches/${result.data.batchId}`);
      }
    });
  };

  return (
    <section aria-label={t.title}>
      <div className={styles.actions}>
        {canRetry && (
          <button type="button" className="btn" disabled={isPending} onClick={() => setConfirming('retry')}>
            {retriesNewest ? t.retryNewest : t.retry}
          </button>
        )}
        {canRevert && (
          <button
            type="button"
            className="btn btn-danger"
            disabled={isPending}
            onClick={() => setConfirming('revert')}
          >
            {t.revert}
          </button>
        )}
        <a className="btn" href={exportHrefs.csv} download>
          {t.exportCsv}
        </a>
        <a className="btn" href={exportHrefs.json} download>
          {t.exportJson}
        </a>
      </div>
      {confirming && (
        <div className="card">
          <p>
            {confirming === 'revert'
              ? t.revertConfirm
              : retriesNewest
                ? t.retryNewestConfirm
                : t.retryConfirm}
          </p>
          <div className={styles.actions}>
            <button
              type="button"
              className={confirming === 'revert' ? 'btn btn-danger' : 'btn btn-primary'}
              disabled={isPending}
              onClick={() => run(confirming)}
            >
              {isPending ? t.working : confirming === 'retry' ? t.confirmRetry : t.confirmRevert}
            </button>
            <button type="button" className="btn" disabled={isPending} onClick={() => setConfirming(null)}>
              {messages.common.cancel}
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
