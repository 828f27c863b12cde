import { gridMessages } from '@/lib/messages/grid';
import type { WireVideoStatus } from '@/lib/vod/wire';

export function StatusCell({ status }: { status: WireVideoStatus }) {
  return (
    <span className={`vg-status vg-status--${status === 'Normal' ? 'ok' : 'other'}`}>
      {gridMessages.statuses[status] ?? status}
    </span>
  );
}
