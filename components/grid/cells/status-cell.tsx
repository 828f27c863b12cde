import { useTranslations } from 'next-intl';
import type { VideoStatus } from '@/lib/vod';
import styles from '../grid.module.css';

export function StatusCell({ status }: { status: VideoStatus }) {
  const t = useTranslations('grid.statuses');
  return <span className={status === 'Normal' ? undefined : styles.statusOther}>{t(status)}</span>;
}
