import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import styles from './empty-result.module.css';
import { useClearFilters } from './filter-bar';

/** What an empty view says, with the next step: clear the filters. The grid below stays (it holds the edits). */
export function EmptyResult() {
  const t = useTranslations('videos.empty');
  const clearFilters = useClearFilters();
  return (
    <section className={styles.empty} aria-labelledby="videos-empty-title">
      <h2 id="videos-empty-title" className={styles.title}>
        {t('title')}
      </h2>
      <p className={styles.body}>{t('body')}</p>
      <Button variant="primary" onClick={clearFilters}>
        {t('clear')}
      </Button>
    </section>
  );
}
