import { useTranslations } from 'next-intl';
import type { VideoStatus } from '@/lib/vod';

export function StatusCell({ status }: { status: VideoStatus }) {
  const t = useTranslations('grid.statuses');
  return <span className={`vg-status vg-status--${status === 'Normal' ? 'ok' : 'other'}`}>{t(status)}</span>;
}
