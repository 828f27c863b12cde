import { useTranslations } from 'next-intl';
import { Checkbox } from '@/components/ui/checkbox';
import styles from '../grid.module.css';
import { useGridContext } from '../state/grid-context';

export function SelectCell({
  videoId,
  title,
  rowIndex,
  isSelected,
  hasChanges,
}: {
  videoId: string;
  title: string;
  rowIndex: number;
  isSelected: boolean;
  hasChanges: boolean;
}) {
  const t = useTranslations('grid');
  const { actions, canEdit } = useGridContext();
  return (
    <span className={styles.selectBox}>
      <Checkbox
        tabIndex={-1}
        checked={isSelected}
        aria-label={t('selectRow', { title })}
        onChange={() => undefined}
        onClick={(event) => actions.toggleRow(videoId, rowIndex, event.shiftKey)}
      />
      {canEdit && hasChanges ? (
        <button
          type="button"
          className={styles.iconButton}
          tabIndex={-1}
          aria-label={t('revertRow', { title })}
          title={t('revertRow', { title })}
          onClick={() => actions.revertRow(videoId)}
        >
          <span aria-hidden="true">↺</span>
        </button>
      ) : null}
    </span>
  );
}
