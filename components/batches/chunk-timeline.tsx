import { LocalTime } from '@/components/ui/local-time';
import type { BatchChunkView } from '@/lib/db/queries/batch-history';
import { messages } from '@/lib/messages';
import { RequestIdList } from './batch-items-table';
import styles from './history.module.css';
import { HistoryTable } from './history-table';

const t = messages.batches;
const COLUMNS = [
  { label: t.columns.chunk, isNumeric: true },
  { label: t.columns.videos, isNumeric: true },
  { label: t.columns.status },
  { label: t.columns.sentAt },
  { label: t.columns.duration, isNumeric: true },
  { label: t.columns.attempts, isNumeric: true },
  { label: t.timeline.throttled, isNumeric: true },
  { label: t.columns.requestIds },
];

/** The calls a batch made, in sending order: when, how long, how many attempts, and their request ids. */
export function ChunkTimeline({ chunks }: { chunks: readonly BatchChunkView[] }) {
  return (
    <HistoryTable
      caption={t.chunksCaption}
      columns={COLUMNS}
      emptyText={t.noChunks}
      isEmpty={chunks.length === 0}
    >
      {chunks.map((chunk) => (
        <tr key={chunk.seq}>
          <td className={styles.numeric}>{chunk.seq + 1}</td>
          <td className={styles.numeric}>{t.count(chunk.videoCount)}</td>
          <td>{t.chunkStatuses[chunk.status]}</td>
          <td>
            <LocalTime iso={chunk.startedAt} withSeconds />
          </td>
          <td className={styles.numeric}>
            {chunk.durationMs === null ? '—' : t.formatDuration(chunk.durationMs)}
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
