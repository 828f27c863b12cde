import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ColumnsMenu } from './dialogs/columns-menu';
import bars from './grid-bars.module.css';
import { useGridContext } from './state/grid-context';
import { countOutside } from './state/outside-count';
import type { ConfigurableColumnId } from './state/preferences';
import { useEditStoreSelector } from './state/use-grid-state';
import type { VideoTable } from './state/use-video-table';

export interface GridToolbarProps {
  table: VideoTable;
  onResetColumns: () => void;
  /** The columns kept in view at the left, and pinning or unpinning one. */
  pinned: readonly ConfigurableColumnId[];
  onTogglePinned: (id: ConfigurableColumnId) => void;
  onHistory: (direction: 'undo' | 'redo') => void;
  onReview: () => void;
  /** The videos the current view has loaded; edits of any other video are counted as outside it. */
  viewIds: ReadonlySet<string>;
  /** Whether the grid shows only the edited videos, wherever they were loaded. */
  isChangedOnly: boolean;
  onChangedOnlyChange: (isChangedOnly: boolean) => void;
  /** More buttons at the toolbar's end, before the columns menu (export and import). */
  tools?: ReactNode;
  onShortcuts: () => void;
}

export function GridToolbar({
  table,
  onResetColumns,
  pinned,
  onTogglePinned,
  tools,
  onShortcuts,
  ...controls
}: GridToolbarProps) {
  const t = useTranslations('grid');
  const { canEdit } = useGridContext();
  return (
    <div className={bars.toolbar}>
      {canEdit ? <EditControls {...controls} /> : <p className={bars.text}>{t('readOnlyNotice')}</p>}
      <div className={bars.end}>
        {tools}
        <ColumnsMenu table={table} onReset={onResetColumns} pinned={pinned} onTogglePinned={onTogglePinned} />
        <Button
          variant="ghost"
          onClick={onShortcuts}
          aria-label={t('shortcuts.open')}
          title={t('shortcuts.open')}
          aria-keyshortcuts="Shift+? Control+/"
        >
          <span aria-hidden="true">⌨ ?</span>
        </Button>
      </div>
    </div>
  );
}

function EditControls({
  onHistory,
  onReview,
  viewIds,
  isChangedOnly,
  onChangedOnlyChange,
}: Omit<
  GridToolbarProps,
  'table' | 'onResetColumns' | 'pinned' | 'onTogglePinned' | 'tools' | 'onShortcuts'
>) {
  const t = useTranslations('grid');
  const { validator } = useGridContext();
  const canUndo = useEditStoreSelector((state) => state.undo.length > 0);
  const canRedo = useEditStoreSelector((state) => state.redo.length > 0);
  const changeCount = useEditStoreSelector((state) => state.changeCount);
  const videoCount = useEditStoreSelector((state) => state.edits.size);
  const outsideCount = useEditStoreSelector((state) => countOutside(state, viewIds));
  const invalidCount = useEditStoreSelector((state) => validator.summary(state).cellCount);
  return (
    <>
      <div className={bars.group}>
        <Button onClick={() => onHistory('undo')} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
          <span aria-hidden="true">↶</span>
          {t('undo')}
        </Button>
        <Button
          onClick={() => onHistory('redo')}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        >
          <span aria-hidden="true">↷</span>
          {t('redo')}
        </Button>
      </div>
      <p className={bars.text} role="status" data-testid="change-summary">
        {changeCount === 0
          ? t('noChanges')
          : t('changeSummary', { changes: changeCount, videos: videoCount })}
        {outsideCount > 0 ? t('outsideView', { changes: outsideCount }) : null}
        {invalidCount > 0 ? (
          <span className={bars.invalid}>
            <span aria-hidden="true"> ⚠ </span>
            {t('invalidSummary', { cells: invalidCount })}
          </span>
        ) : null}
      </p>
      <label className={bars.toggle}>
        <input
          type="checkbox"
          checked={isChangedOnly}
          disabled={changeCount === 0 && !isChangedOnly}
          onChange={(event) => onChangedOnlyChange(event.target.checked)}
        />
        {t('changedOnly')}
      </label>
      <Button variant="primary" onClick={onReview} disabled={changeCount === 0}>
        {t('reviewChanges')}
      </Button>
    </>
  );
}
