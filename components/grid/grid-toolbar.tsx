import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ColumnsMenu } from './dialogs/columns-menu';
import bars from './grid-bars.module.css';
import type { EditState } from './state/edit-store';
import { useGridContext } from './state/grid-context';
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

// The store asks for the count several times per change (each check and each render); over 100,000 edits
// (an import) each pass is a visible part of the task that lands them.
const outsideCounts = new WeakMap<EditState['edits'], { viewIds: ReadonlySet<string>; count: number }>();

/** Changed cells of videos the current view has not loaded. */
function countOutside(state: EditState, viewIds: ReadonlySet<string>): number {
  const cached = outsideCounts.get(state.edits);
  if (cached?.viewIds === viewIds) return cached.count;
  let count = 0;
  for (const [videoId, changes] of state.edits) {
    if (!viewIds.has(videoId)) count += Object.keys(changes).length;
  }
  outsideCounts.set(state.edits, { viewIds, count });
  return count;
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
