import { useTranslations } from 'next-intl';
import { Fragment } from 'react';
import type { BatchItemView } from '@/lib/db/queries/batch-history';
import { changedFields } from '@/lib/edits/fields';
import { formatFieldValue } from '@/lib/export/field-values';
import { tagOperationText } from '@/lib/i18n/batch-text';
import styles from './history.module.css';

/**
 * Before → after of every field a video's change touched, the before being what the server read from VOD,
 * with VOD's current value when it conflicted; a tag operation is shown as the operation asked for.
 */
export function ItemChanges({
  item,
}: {
  item: Pick<BatchItemView, 'before' | 'changes' | 'current' | 'tagOps'>;
}) {
  const t = useTranslations();
  const fields = changedFields(item.tagOps ? { ...item.changes, tags: [] } : item.changes);
  return (
    <dl className={styles.changes}>
      {item.tagOps && (
        <>
          <dt>{t('batches.tagOperation')}</dt>
          <dd>{tagOperationText(t, item.tagOps.add, item.tagOps.remove)}</dd>
        </>
      )}
      {fields.map((field) => {
        const before = formatFieldValue(field, item.before[field]);
        const after = formatFieldValue(field, item.changes[field]);
        const current =
          item.current && Object.hasOwn(item.current, field)
            ? formatFieldValue(field, item.current[field])
            : null;
        return (
          <Fragment key={field}>
            <dt>{t(`fields.labels.${field}`)}</dt>
            <dd>
              <span className={styles.before}>{before || t('batches.noValue')}</span> →{' '}
              <span>{after || t('batches.noValue')}</span>
              {current !== null && (
                <span className={styles.current}>
                  {t('batches.nowInVod')} {current || t('batches.noValue')}
                </span>
              )}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
