import { useTranslations } from 'next-intl';
import styles from './error-details.module.css';

/**
 * An error in words: what happened and the next step, with the technical detail (code, request ID,
 * the raw message) behind a "Details" toggle for support.
 */
export function ErrorDetails({
  sentence,
  nextStep,
  code,
  requestId,
  technical,
}: {
  sentence: string;
  nextStep: string;
  code: string | null;
  requestId: string | null;
  technical: string | null;
}) {
  const t = useTranslations('errors');
  const hasDetails = Boolean(code || requestId || technical);
  return (
    <span className={styles.error}>
      <span>
        {sentence} {nextStep}
      </span>
      {hasDetails ? (
        <details className={styles.details}>
          <summary>{t('details')}</summary>
          <dl className={styles.list}>
            {code ? (
              <>
                <dt>{t('code')}</dt>
                <dd>
                  <code>{code}</code>
                </dd>
              </>
            ) : null}
            {requestId ? (
              <>
                <dt>{t('requestId')}</dt>
                <dd>
                  <code>{requestId}</code>
                </dd>
              </>
            ) : null}
            {technical ? (
              <>
                <dt>{t('technical')}</dt>
                <dd>
                  <code>{technical}</code>
                </dd>
              </>
            ) : null}
          </dl>
        </details>
      ) : null}
    </span>
  );
}
