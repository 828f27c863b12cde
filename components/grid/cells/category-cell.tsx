import { useTranslations } from 'next-intl';
import styles from '../grid.module.css';
import { type CategoryIndex, categoryPathText } from '../ops/categories';

export function CategoryCell({ cateId, categories }: { cateId: number | null; categories: CategoryIndex }) {
  const t = useTranslations('grid');
  if (cateId === null) return <span className={styles.muted}>{t('noCategory')}</span>;
  const node = categories.byId.get(cateId);
  return node ? categoryPathText(node) : t('unknownCategory', { id: String(cateId) });
}
