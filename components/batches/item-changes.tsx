import { Fragment } from 'react';
import type { BatchItemView } from '@/lib/db/queries/batch-history';
import { changedFields } from '@/lib/edits/fields';
import { formatFieldValue } from '@/lib/export/field-values';
import { messages } from '@/lib/messages';
import styles from './history.module.css';

const t = messages.batches;

/** Before → after of every field a video's change touched, with VOD's current value when it conflicted. */
export function ItemChanges({ item }: { item: Pick<BatchItemView, 'base' | 'changes' | 'current'> }) {
  return (
    <dl className={styles.changes}>
      {changedFields(item.changes).map((field) => {
        const before = formatFieldValue(field, item.base[field]);
        const after = formatFieldValue(field, item.changes[field]);
        const current =
          item.current && Object.hasOwn(item.current, field)
            ? formatFieldValue(field, item.current[field])
            : null;
        return (
          <Fragment key={field}>
            <dt>{messages.fields.labels[field]}</dt>
            <dd>
              <span className={styles.before}>{before || t.noValue}</span> → <span>{after || t.noValue}</span>
              {current !== null && (
                <span className={styles.current}>
                  {t.nowInVod} {current || t.noValue}
                </span>
              )}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
