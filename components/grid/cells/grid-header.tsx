import { useTranslations } from 'next-intl';
import { type KeyboardEvent, memo, useMemo, useSyncExternalStore } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import type { GridColumn } from '../columns';
import styles from '../grid.module.css';
import { useGridContext } from '../state/grid-context';
import { isRowSelected } from '../state/row-selection';
import type { VideoTable } from '../state/use-video-table';

const RESIZE_STEP = 16;

export function GridHeader({
  table,
  rowIds,
  columns,
}: {
  table: VideoTable;
  rowIds: readonly string[];
  /** The visible columns, with their pins. */
  columns: readonly GridColumn[];
}) {
  const t = useTranslations();
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: virtualized, absolutely positioned rows cannot live in a <table>.
    <div role="rowgroup" className={styles.head}>
      {/* biome-ignore lint/a11y/useSemanticElements: part of the same div-based grid. */}
      {/* biome-ignore lint/a11y/useFocusableInteractive: header cells hold their own buttons. */}
      <div role="row" aria-rowindex={1} className={`${styles.row} ${styles.rowHead}`}>
        {headers.map((header, colIndex) => {
          const column = columns[colIndex] ?? (header.column.columnDef.meta as GridColumn);
          const isPinned = column.isPinned && column.isConfigurable;
          const sorted = header.column.getIsSorted();
          const label = t(column.labelKey);
          return (
            // biome-ignore lint/a11y/useSemanticElements: part of the same div-based grid.
            // biome-ignore lint/a11y/useFocusableInteractive: the sort button inside takes focus.
            <div
              key={header.id}
              role="columnheader"
              aria-label={label}
              aria-colindex={colIndex + 1}
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              className={`${styles.header} ${styles[`col-${column.id}`]}${isPinned ? ` ${styles.pinned}` : ''}`}
            >
              {column.variant === 'select' ? (
                <SelectAllCheckbox rowIds={rowIds} />
              ) : header.column.getCanSort() ? (
                <button
                  type="button"
                  className={styles.sort}
                  onClick={header.column.getToggleSortingHandler()}
                >
                  <span>{label}</span>
                  <span aria-hidden="true" className={styles.sortIcon}>
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                  </span>
                </button>
              ) : (
                <span>{label}</span>
              )}
              {header.column.getCanResize() ? (
                // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be focused and dragged; the APG splitter is a focusable separator.
                <div
                  role="separator"
                  aria-orientation="vertical"
                  aria-label={t('grid.resizeColumn', { label })}
                  aria-valuenow={header.getSize()}
                  aria-valuemin={column.minSize}
                  aria-valuemax={2000}
                  tabIndex={0}
                  className={
                    header.column.getIsResizing() ? `${styles.resize} ${styles.resizeActive}` : styles.resize
                  }
                  onMouseDown={header.getResizeHandler()}
                  onTouchStart={header.getResizeHandler()}
                  onDoubleClick={() => header.column.resetSize()}
                  onKeyDown={(event: KeyboardEvent) => {
                    const delta =
                      event.key === 'ArrowLeft' ? -RESIZE_STEP : event.key === 'ArrowRight' ? RESIZE_STEP : 0;
                    if (delta === 0) return;
                    event.preventDefault();
                    table.setColumnSizing((sizes) => ({
                      ...sizes,
                      [column.id]: Math.max(column.minSize, header.getSize() + delta),
                    }));
                  }}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Ticks every loaded row; "Select all N matching" (in the bulk bar) reaches rows not loaded yet. */
const SelectAllCheckbox = memo(function SelectAllCheckbox({ rowIds }: { rowIds: readonly string[] }) {
  const t = useTranslations('grid');
  const { selection } = useGridContext();
  const state = useSyncExternalStore(selection.subscribe, selection.getState, selection.getState);
  const selectedCount = useMemo(
    () => rowIds.reduce((n, id) => n + (isRowSelected(state, id) ? 1 : 0), 0),
    [rowIds, state],
  );
  const isAll = rowIds.length > 0 && selectedCount === rowIds.length;
  return (
    <Checkbox
      aria-label={t('selectAllLoaded')}
      checked={isAll}
      indeterminate={selectedCount > 0 && !isAll}
      disabled={rowIds.length === 0}
      onChange={() => {
        if (isAll) selection.clear();
        else selection.setSelected(rowIds, true);
      }}
    />
  );
});
