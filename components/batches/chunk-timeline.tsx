import { LocalTime } from '@/components/ui/local-time';
import type { BatchChunkView } from '@/lib/db/queries/batch-history';
import { messages } from '@/lib/messages';
import { RequestIdList } from './batch-items-table';
import styles from './history.module.css';

const t = messages.batches;

/** The calls a batch made, in sending order: when, how long, how many attempts, and their request ids. */
export function ChunkTimeline({ chunks }: { chunks: readonly BatchChunkView[] }) {
  if (chunks.length === 0) return <p>{t.noChunks}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t.chunksCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.numeric}>
            {t.columns.chunk}
          </th>
          <th scope="col" className={styles.numeric}>
            {t.columns.videos}
          </th>
          <th scope="col">{t.columns.status}</th>
          <th scope="col">{t.columns.sentAt}</th>
          <th scope="col" className={styles.numeric}>
            {t.columns.duration}
          </th>
          <th scope="col" className={styles.numeric}>
            {t.columns.attempts}
          </th>
          <th scope="col">{t.columns.requestIds}</th>
        </tr>
      </thead>
      <tbody>
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
            <td>
              <RequestIdList ids={chunk.requestIds} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
