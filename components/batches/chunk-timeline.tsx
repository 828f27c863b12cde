import { useFormatter, useTranslations } from 'next-intl';
import { LocalTime } from '@/components/ui/local-time';
import type { BatchChunkView } from '@/lib/db/queries/batch-history';
import { formatDuration } from '@/lib/i18n/batch-text';
import { RequestIdList } from './batch-items-table';
import styles from './history.module.css';
import { HistoryTable } from './history-table';

const COLUMNS = [
  { label: 'batches.columns.chunk', isNumeric: true },
  { label: 'batches.columns.videos', isNumeric: true },
  { label: 'batches.columns.status' },
  { label: 'batches.columns.sentAt' },
  { label: 'batches.columns.duration', isNumeric: true },
  { label: 'batches.columns.attempts', isNumeric: true },
  { label: 'batches.timeline.throttled', isNumeric: true },
  { label: 'batches.columns.requestIds' },
] as const;

/** The calls a batch made, in sending order: when, how long, how many attempts, and their request ids. */
export function ChunkTimeline({ chunks }: { chunks: readonly BatchChunkView[] }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <HistoryTable
      caption={t('batches.chunksCaption')}
      columns={COLUMNS.map((column) => ({ ...column, label: t(column.label) }))}
      emptyText={t('batches.noChunks')}
      isEmpty={chunks.length === 0}
    >
      {chunks.map((chunk) => (
        <tr key={chunk.seq}>
          <td className={styles.numeric}>{chunk.seq + 1}</td>
          <td className={styles.numeric}>{format.number(chunk.videoCount)}</td>
          <td>{t(`batches.chunkStatuses.${chunk.status}`)}</td>
          <td>
            <LocalTime iso={chunk.startedAt} withSeconds />
          </td>
          <td className={styles.numeric}>
            {chunk.durationMs === null ? '—' : formatDuration(t, chunk.durationMs)}
          </td>
          <td className={styles.numeric}>{chunk.attempts}</td>
          <td className={styles.numeric}>{chunk.throttled}</td>
          <td>
            <RequestIdList ids={chunk.requestIds} />
          </td>
        </tr>
      ))}
    </HistoryTable>
  );
}
