import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { type IdListView, MAX_ID_LIST } from '@/lib/videos/id-list';
import styles from './id-list-report.module.css';

// Enough to recognise them; the copy button copies all.
const SHOWN = 20;

/** What an ID list held besides the videos it found: unknown, malformed and duplicate IDs, each copyable. */
export function IdListReport({
  list,
  missingIds,
  isNarrowed,
}: {
  list: IdListView;
  missingIds: readonly string[];
  /** Other filters apply too, so an ID not returned may exist but not match them. */
  isNarrowed: boolean;
}) {
  const t = useTranslations('videos.idList');
  if (list.isUnknown) {
    return (
      <p role="alert" className={styles.report}>
        {t('unknownList')}
      </p>
    );
  }
  const lines = [
    {
      key: 'missing',
      label: isNarrowed
        ? t('notFoundOrFiltered', { count: missingIds.length })
        : t('notFound', { count: missingIds.length }),
      ids: missingIds,
    },
    { key: 'malformed', label: t('malformed', { count: list.malformed.length }), ids: list.malformed },
    { key: 'duplicates', label: t('duplicates', { count: list.duplicates.length }), ids: list.duplicates },
  ].filter((line) => line.ids.length > 0);
  if (lines.length === 0 && list.overLimit === 0) return null;
  return (
    <section className={styles.report} aria-label={t('regionLabel')}>
      {lines.map((line) => (
        <ReportLine key={line.key} label={line.label} ids={line.ids} />
      ))}
      {list.overLimit > 0 ? <p>{t('overLimit', { count: list.overLimit, max: MAX_ID_LIST })}</p> : null}
    </section>
  );
}

function ReportLine({ label, ids }: { label: string; ids: readonly string[] }) {
  const t = useTranslations('videos.idList');
  const [isCopied, setIsCopied] = useState(false);
  const shown = ids.slice(0, SHOWN).join(', ');
  return (
    <p className={styles.line}>
      <span>
        {label}: <span className={styles.ids}>{shown}</span>
        {ids.length > SHOWN ? t('more', { count: ids.length - SHOWN }) : null}
      </span>
      <Button
        size="small"
        onClick={() => void navigator.clipboard?.writeText(ids.join('\n')).then(() => setIsCopied(true))}
      >
        {isCopied ? t('copied') : t('copy', { label })}
      </Button>
    </p>
  );
}
