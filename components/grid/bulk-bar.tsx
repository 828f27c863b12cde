import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import type { BulkKind } from './dialogs/bulk-dialog';
import bars from './grid-bars.module.css';
import { useGridContext } from './state/grid-context';
import { selectedRowCount } from './state/row-selection';

const ACTIONS: readonly BulkKind[] = [
  'addTags',
  'removeTags',
  'replaceTags',
  'setCategory',
  'findReplace',
  'affix',
];

export function BulkBar({
  total,
  loadedCount,
  onOpen,
}: {
  total: number;
  loadedCount: number;
  onOpen: (kind: BulkKind) => void;
}) {
  const t = useTranslations('grid');
  const { selection } = useGridContext();
  const state = useSyncExternalStore(selection.subscribe, selection.getState, selection.getState);
  const matching = Math.max(total, loadedCount);
  const count = selectedRowCount(state, matching);
  return (
    <section className={bars.bulk} aria-label={t('bulk.barLabel')}>
      <p className={bars.text} role="status">
        {state.isAllMatching ? t('allMatchingSelected', { count }) : t('selectedCount', { count })}
      </p>
      {!state.isAllMatching && matching > 0 ? (
        <Button size="small" onClick={() => selection.selectAllMatching()}>
          {t('selectAllMatching', { total: matching })}
        </Button>
      ) : null}
      {count > 0 ? (
        <Button size="small" variant="ghost" onClick={() => selection.clear()}>
          {t('clearSelection')}
        </Button>
      ) : null}
      <div className={bars.bulkActions}>
        {ACTIONS.map((kind) => (
          <Button key={kind} size="small" disabled={count === 0} onClick={() => onOpen(kind)}>
            {t(`bulk.${kind}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}
