import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ErrorDetails } from '@/components/ui/error-details';
import type { BatchItemView } from '@/lib/db/queries/batch-history';
import { outcomeErrorKind } from '@/lib/i18n/error-kind';
import { videosHref } from '@/lib/videos/filter-params';
import { OutcomeBadge } from './badges';
import styles from './history.module.css';
import { HistoryTable } from './history-table';
import { ItemChanges } from './item-changes';

const COLUMNS = [
  { label: 'batches.columns.video' },
  { label: 'batches.columns.changes' },
  { label: 'batches.columns.outcome' },
  { label: 'batches.columns.requestIds' },
  { label: 'batches.columns.attempts', isNumeric: true },
] as const;

/** One row per video: before → after, the outcome with VOD's message and code, and the calls that carried it. */
export function BatchItemsTable({ items }: { items: readonly BatchItemView[] }) {
  const t = useTranslations();
  return (
    <HistoryTable
      caption={t('batches.itemsCaption')}
      columns={COLUMNS.map((column) => ({ ...column, label: t(column.label) }))}
      emptyText={t('batches.noItems')}
      isEmpty={items.length === 0}
    >
      {items.map((item) => (
        <tr key={item.videoId}>
          <th scope="row" className={styles.rowHeader}>
            <div className={styles.mono}>{item.videoId}</div>
            <div>{item.title}</div>
            <Link href={videosHref({ videoIds: [item.videoId] })}>{t('batches.openInGrid')}</Link>
          </th>
          <td>
            <ItemChanges item={item} />
          </td>
          <td>
            <OutcomeBadge status={item.status} />
            {isProblem(item.status) ? (
              <ErrorDetails
                sentence={t(`errors.${outcomeErrorKind(item.status, item.errorCode)}.sentence`)}
                nextStep={t(`errors.${outcomeErrorKind(item.status, item.errorCode)}.nextStep`)}
                code={item.errorCode}
                requestId={item.requestId}
                technical={item.errorMessage}
              />
            ) : (
              <div>{t(`batches.outcomeExplanations.${item.status}`)}</div>
            )}
          </td>
          <td>
            <RequestIdList ids={requestIdsOf(item)} />
          </td>
          <td className={styles.numeric}>{item.attempts}</td>
        </tr>
      ))}
    </HistoryTable>
  );
}

const PROBLEMS = ['forbidden', 'not_found', 'reference_not_found', 'failed'] as const;

/** Outcomes told as an error in words, with their code and request behind "Details". */
const isProblem = (status: BatchItemView['status']): status is (typeof PROBLEMS)[number] =>
  (PROBLEMS as readonly string[]).includes(status);

/** The deciding request first, then every other call of the chunk that carried the video. */
function requestIdsOf(item: BatchItemView): string[] {
  return [
    ...new Set([item.requestId, ...(item.chunk?.requestIds ?? [])].filter((id): id is string => Boolean(id))),
  ];
}

/** Request ids, one per line, ready to copy into a support ticket. */
export function RequestIdList({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return <span className={styles.muted}>—</span>;
  return (
    <ul className={styles.requestIds}>
      {ids.map((id) => (
        <li key={id} className={styles.mono}>
          {id}
        </li>
      ))}
    </ul>
  );
}
