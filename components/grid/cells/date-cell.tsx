import { useLocale } from 'next-intl';
import styles from '../grid.module.css';
import { formatDateTime } from '../ops/format';

/** Rows render only in the browser (the virtualizer has no viewport on the server), so this is the viewer's zone. */
export function DateCell({ iso }: { iso: string | null }) {
  const locale = useLocale();
  return (
    <time className={styles.text} dateTime={iso ?? undefined}>
      {formatDateTime(iso, locale)}
    </time>
  );
}
