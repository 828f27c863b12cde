import { formatDuration } from '../ops/format';

export function DurationCell({ seconds }: { seconds: number | null }) {
  return <span className="vg-cell__text vg-num">{formatDuration(seconds)}</span>;
}
