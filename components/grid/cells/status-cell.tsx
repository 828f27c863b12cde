import { gridMessages } from '@/lib/messages/grid';
import type { VideoStatus } from '@/lib/vod';

export function StatusCell({ status }: { status: VideoStatus }) {
  return (
    <span className={`vg-status vg-status--${status === 'Normal' ? 'ok' : 'other'}`}>
      {gridMessages.statuses[status] ?? status}
    </span>
  );
}
