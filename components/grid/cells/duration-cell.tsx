import styles from '../grid.module.css';
import { formatDuration } from '../ops/format';

export function DurationCell({ seconds }: { seconds: number | null }) {
  return <span className={`${styles.text} ${styles.num}`}>{formatDuration(seconds)}</span>;
}
