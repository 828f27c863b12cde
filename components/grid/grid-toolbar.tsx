import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { gridMessages } from '@/lib/messages/grid';
import { ColumnsMenu } from './dialogs/columns-menu';
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
  /** More buttons at the toolbar's end, before the columns menu (export and import). */
  tools?: ReactNode;
}

export function GridToolbar({
  table,
  onResetColumns,
  pinned,
  onTogglePinned,
  onHistory,
  onReview,
  tools,
}: GridToolbarProps) {
  const { canEdit } = useGridContext();
  return (
    <div className="vg-toolbar">
      {canEdit ? (
        <EditControls onHistory={onHistory} onReview={onReview} />
      ) : (
        <p className="vg-toolbar__notice">{gridMessages.readOnlyNotice}</p>
      )}
      <div className="vg-toolbar__end">
        {tools}
        <ColumnsMenu table={table} onReset={onResetColumns} pinned={pinned} onTogglePinned={onTogglePinned} />
      </div>
    </div>
  );
}

function EditControls({ onHistory, onReview }: Pick<GridToolbarProps, 'onHistory' | 'onReview'>) {
  const { validator } = useGridContext();
  const canUndo = useEditStoreSelector((state) => state.undo.length > 0);
  const canRedo = useEditStoreSelector((state) => state.redo.length > 0);
  const changeCount = useEditStoreSelector((state) => state.changeCount);
  const videoCount = useEditStoreSelector((state) => state.edits.size);
  const invalidCount = useEditStoreSelector((state) => validator.summary(state).cellCount);
  return (
    <>
      <div className="vg-toolbar__group">
        <Button onClick={() => onHistory('undo')} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
          <span aria-hidden="true">↶</span>
          {gridMessages.undo}
        </Button>
        <Button
          onClick={() => onHistory('redo')}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        >
          <span aria-hidden="true">↷</span>
          {gridMessages.redo}
        </Button>
      </div>
      <p className="vg-toolbar__counter" role="status" data-testid="change-summary">
        {changeCount === 0 ? gridMessages.noChanges : gridMessages.changeSummary(changeCount, videoCount)}
        {invalidCount > 0 ? (
          <span className="vg-toolbar__invalid">
            <span aria-hidden="true"> ⚠ </span>
            {gridMessages.invalidSummary(invalidCount)}
          </span>
        ) : null}
      </p>
      <Button variant="primary" onClick={onReview} disabled={changeCount === 0}>
        {gridMessages.reviewChanges}
      </Button>
    </>
  );
}
