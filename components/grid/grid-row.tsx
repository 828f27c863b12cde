'use client';

import { memo } from 'react';
import type { Video } from '@/lib/vod/types';
import type { GridColumn } from './columns';
import { GridCell } from './grid-cell';
import type { RowOutcome } from './types';

export interface GridRowProps {
  video: Video;
  rowIndex: number;
  /** Offset from the top of the body, in pixels. */
  start: number;
  columns: readonly GridColumn[];
  outcome: RowOutcome | undefined;
  /** Lifts the row above its neighbours so the open editor's popup is not covered. */
  isEditing: boolean;
}

export const GridRow = memo(function GridRow({
  video,
  rowIndex,
  start,
  columns,
  outcome,
  isEditing,
}: GridRowProps) {
  const classes = ['vg-row'];
  if (outcome) classes.push(`vg-row--${outcome.kind}`);
  if (isEditing) classes.push('vg-row--editing');
  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: virtualized, absolutely positioned rows cannot live in a <table>.
    // biome-ignore lint/a11y/useFocusableInteractive: cells, not rows, take focus (roving tabindex).
    <div
      role="row"
      aria-rowindex={rowIndex + 2}
      className={classes.join(' ')}
      style={{ transform: `translateY(${start}px)` }}
    >
      {columns.map((column, colIndex) => (
        <GridCell
          key={column.id}
          video={video}
          rowIndex={rowIndex}
          colIndex={colIndex}
          column={column}
          outcome={column.variant === 'outcome' ? outcome : undefined}
        />
      ))}
    </div>
  );
});
