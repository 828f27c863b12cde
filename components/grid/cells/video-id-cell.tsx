import { useTranslations } from 'next-intl';
import { useState } from 'react';
import styles from '../grid.module.css';

export function VideoIdCell({ videoId }: { videoId: string }) {
  const t = useTranslations('grid');
  // The video copied, not a flag: the row's element is reused for other videos as the grid scrolls.
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const isCopied = copiedId === videoId;
  return (
    <span className={styles.idCell}>
      <span className={`${styles.text} ${styles.mono}`}>{videoId}</span>
      <button
        type="button"
        className={styles.iconButton}
        tabIndex={-1}
        aria-label={t('copyVideoId', { id: videoId })}
        title={isCopied ? t('copied') : t('copyVideoId', { id: videoId })}
        onClick={() => {
          void navigator.clipboard?.writeText(videoId).then(() => setCopiedId(videoId));
        }}
      >
        {isCopied ? (
          <span aria-hidden="true">✓</span>
        ) : (
          <span className={styles.copyIcon} aria-hidden="true" />
        )}
      </button>
    </span>
  );
}
