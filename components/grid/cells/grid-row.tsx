import { memo, useLayoutEffect, useRef } from 'react';
import type { ItemOutcome } from '@/lib/batches';
import type { EditableField, EditableValues } from '@/lib/edits/fields';
import type { Video } from '@/lib/vod';
import type { GridColumn } from '../columns';
import styles from '../grid.module.css';
import { useGridContext } from '../state/grid-context';
import { cellFlags, editedColumn, focusedColumn } from '../state/nav-store';
import { type RowEdits, useRowEdits, useRowNav, useRowSelected } from '../state/use-grid-state';
import { GridCell } from './grid-cell';

export interface GridRowProps {
  video: Video;
  rowIndex: number;
  /** Offset from the top of the body, in pixels. */
  start: number;
  columns: readonly GridColumn[];
  outcome: ItemOutcome | undefined;
  /** Whether the grid is scrolling; covers of rows that scroll in meanwhile load once it stops. */
  isScrolling: boolean;
}

/** A cell's current value: the edit, else the store's base (which a save moves), else the loaded video. */
function currentCellValue(
  video: Video,
  edits: RowEdits,
  field: EditableField,
): EditableValues[EditableField] {
  const { changes } = edits;
  if (changes && Object.hasOwn(changes, field)) return changes[field]!;
  return (edits.base ?? video)[field];
}

/**
 * One row: it subscribes once to the edits, the navigation and the row selection, and hands each cell
 * plain props, so mounting a row while scrolling costs a handful of subscriptions, not dozens.
 */
export const GridRow = memo(function GridRow({
  video,
  rowIndex,
  start,
  columns,
  outcome,
  isScrolling,
}: GridRowProps) {
  const { hasDomFocus, actions } = useGridContext();
  const edits = useRowEdits(video.id);
  const nav = useRowNav(rowIndex);
  const isSelected = useRowSelected(video.id);
  const ref = useRef<HTMLDivElement>(null);
  const focusCol = focusedColumn(nav);
  const isEditingFocus = focusCol >= 0 && editedColumn(nav) === focusCol;

  // Roving focus: the focused cell takes DOM focus when the grid owns it, including after its row
  // re-mounts (sorting, rows recycling); the focused row is always rendered, so this never loses it.
  // Keyed by the focused column's id too: hiding or moving a column puts another cell at the focused index.
  const focusedColumnId = focusCol >= 0 ? columns[focusCol]?.id : undefined;
  useLayoutEffect(() => {
    if (focusedColumnId === undefined || isEditingFocus || !hasDomFocus.current) return;
    const cell = ref.current?.children[focusCol];
    if (!(cell instanceof HTMLElement)) return;
    if (document.activeElement !== cell && !cell.contains(document.activeElement))
      cell.focus({ preventScroll: true });
    actions.revealCell(rowIndex, cell);
  }, [focusCol, focusedColumnId, isEditingFocus, rowIndex, hasDomFocus, actions]);

  const classes = [styles.row];
  if (outcome) classes.push(styles[`row-${outcome.kind}`] ?? '');
  // Lifts the row above its neighbours so the open editor's popup is not covered.
  if (editedColumn(nav) >= 0) classes.push(styles.rowEditing);
  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: virtualized, absolutely positioned rows cannot live in a <table>.
    // biome-ignore lint/a11y/useFocusableInteractive: cells, not rows, take focus (roving tabindex).
    <div
      ref={ref}
      role="row"
      aria-rowindex={rowIndex + 2}
      className={classes.join(' ')}
      style={{ transform: `translateY(${start}px)` }}
    >
      {columns.map((column, colIndex) => {
        const { field } = column;
        return (
          <GridCell
            key={column.id}
            video={video}
            rowIndex={rowIndex}
            colIndex={colIndex}
            column={column}
            flags={cellFlags(nav, colIndex)}
            value={field ? currentCellValue(video, edits, field) : undefined}
            isChanged={field ? Object.hasOwn(edits.changes ?? {}, field) : false}
            issue={field ? (edits.issues?.get(field) ?? null) : null}
            outcome={column.variant === 'outcome' ? outcome : undefined}
            coverUrl={
              column.variant === 'thumbnail'
                ? (currentCellValue(video, edits, 'coverUrl') as string)
                : undefined
            }
            isScrolling={column.variant === 'thumbnail' ? isScrolling : undefined}
            isRowSelected={column.variant === 'select' ? isSelected : undefined}
            rowHasChanges={column.variant === 'select' ? edits.changes !== undefined : undefined}
          />
        );
      })}
    </div>
  );
});
