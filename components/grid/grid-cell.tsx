'use client';

import { memo, type ReactNode } from 'react';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import type { FieldIssue } from '@/lib/edits/validate';
import { gridMessages, issueMessage } from '@/lib/messages/grid';
import type { Video } from '@/lib/vod/types';
import { formatValue } from './cell-values';
import { CategoryCell } from './cells/category-cell';
import { DateCell } from './cells/date-cell';
import { DurationCell } from './cells/duration-cell';
import { OutcomeCell } from './cells/outcome-cell';
import { SelectCell } from './cells/select-cell';
import { StatusCell } from './cells/status-cell';
import { TagsCell } from './cells/tags-cell';
import { TextCell } from './cells/text-cell';
import { ThumbnailCell } from './cells/thumbnail-cell';
import { VideoIdCell } from './cells/video-id-cell';
import type { GridColumn } from './columns';
import type { CellValue } from './edit-store';
import { CategoryEditor } from './editors/category-editor';
import { TextEditor } from './editors/text-editor';
import { useGridContext } from './grid-context';
import { CELL_EDITING, CELL_FOCUSED, CELL_SELECTED } from './nav-store';
import type { RowOutcome } from './types';

export interface GridCellProps {
  video: Video;
  rowIndex: number;
  colIndex: number;
  column: GridColumn;
  /** CELL_FOCUSED | CELL_SELECTED | CELL_EDITING. */
  flags: number;
  /** Editable columns: the current value, whether it differs from the base, and its validation issue. */
  value?: CellValue;
  isChanged: boolean;
  issue: FieldIssue | null;
  /** Each of the rest reaches only its own column, so other cells do not re-render when it changes. */
  outcome?: RowOutcome;
  coverUrl?: string;
  isScrolling?: boolean;
  isRowSelected?: boolean;
  rowHasChanges?: boolean;
}

/**
 * The one cell dispatcher: picks the variant's content and wraps it in the shared gridcell frame. It
 * takes plain props from its row and subscribes to nothing, so it is cheap to mount.
 */
export const GridCell = memo(function GridCell(props: GridCellProps) {
  return props.column.field ? <EditableCell {...props} /> : <ReadOnlyCell {...props} />;
});

function EditableCell({ video, rowIndex, colIndex, column, flags, value, isChanged, issue }: GridCellProps) {
  const field = column.field!;
  const { canEdit, categories, navStore } = useGridContext();
  const isEditing = canEdit && (flags & CELL_EDITING) !== 0;

  let content: ReactNode;
  if (isEditing) {
    const seed = navStore.getState().editing?.seed ?? null;
    content =
      field === 'cateId' ? (
        <CategoryEditor videoId={video.id} label={column.label} value={value as number | null} seed={seed} />
      ) : (
        <TextEditor
          videoId={video.id}
          field={field}
          label={column.label}
          initialText={formatValue(field, value as CellValue, categories)}
          seed={seed}
          multiline={column.variant === 'longText'}
        />
      );
  } else if (column.variant === 'tags') content = <TagsCell tags={value as string[]} />;
  else if (column.variant === 'category')
    content = <CategoryCell cateId={value as number | null} categories={categories} />;
  else content = <TextCell value={value as string} />;

  return (
    <CellFrame
      rowIndex={rowIndex}
      colIndex={colIndex}
      column={column}
      flags={flags}
      isReadOnly={!canEdit}
      isChanged={isChanged}
      issue={issue}
    >
      {content}
    </CellFrame>
  );
}

function ReadOnlyCell({
  video,
  rowIndex,
  colIndex,
  column,
  flags,
  outcome,
  coverUrl,
  isScrolling,
  isRowSelected,
  rowHasChanges,
}: GridCellProps) {
  let content: ReactNode;
  switch (column.variant) {
    case 'select':
      content = (
        <SelectCell
          videoId={video.id}
          title={video.title}
          rowIndex={rowIndex}
          isSelected={isRowSelected ?? false}
          hasChanges={rowHasChanges ?? false}
        />
      );
      break;
    case 'outcome':
      content = <OutcomeCell videoId={video.id} outcome={outcome} />;
      break;
    case 'thumbnail':
      content = <ThumbnailCell url={coverUrl ?? ''} isScrolling={isScrolling ?? false} />;
      break;
    case 'videoId':
      content = <VideoIdCell videoId={video.id} />;
      break;
    case 'status':
      content = <StatusCell status={video.status} />;
      break;
    case 'duration':
      content = <DurationCell seconds={video.durationSec} />;
      break;
    case 'date':
      content = <DateCell iso={video.modificationTime ?? video.creationTime} />;
      break;
    default:
      content = null;
  }
  return (
    <CellFrame
      rowIndex={rowIndex}
      colIndex={colIndex}
      column={column}
      flags={flags}
      isReadOnly={column.isConfigurable}
      isChanged={false}
      issue={null}
    >
      {content}
    </CellFrame>
  );
}

interface CellFrameProps {
  rowIndex: number;
  colIndex: number;
  column: GridColumn;
  flags: number;
  isReadOnly: boolean;
  isChanged: boolean;
  issue: FieldIssue | null;
  children: ReactNode;
}

function CellFrame({
  rowIndex,
  colIndex,
  column,
  flags,
  isReadOnly,
  isChanged,
  issue,
  children,
}: CellFrameProps) {
  const { gridId } = useGridContext();
  const isFocused = (flags & CELL_FOCUSED) !== 0;
  const isEditing = (flags & CELL_EDITING) !== 0;

  const issueId = issue ? `${gridId}-issue-${rowIndex}-${colIndex}` : undefined;
  const message = issue ? issueMessage(issue) : '';
  const classes = ['vg-cell', `vg-cell--${column.variant}`, `vg-col-${column.id}`];
  if (isFocused) classes.push('vg-cell--focused');
  if ((flags & CELL_SELECTED) !== 0) classes.push('vg-cell--selected');
  if (isChanged) classes.push('vg-cell--changed');
  if (issue) classes.push('vg-cell--invalid');
  if (isEditing) classes.push('vg-cell--editing');

  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: virtualized, absolutely positioned rows cannot live in a <table>.
    <div
      role="gridcell"
      aria-colindex={colIndex + 1}
      aria-selected={(flags & CELL_SELECTED) !== 0}
      aria-readonly={isReadOnly || undefined}
      aria-invalid={issue ? true : undefined}
      aria-describedby={issueId}
      tabIndex={isFocused ? 0 : -1}
      className={classes.join(' ')}
    >
      {children}
      {isChanged ? (
        <>
          <span className="vg-cell__marker" aria-hidden="true" />
          <VisuallyHidden>, {gridMessages.changed}</VisuallyHidden>
        </>
      ) : null}
      {issue ? (
        <>
          <span className="vg-cell__issue-icon" aria-hidden="true" title={message}>
            ⚠
          </span>
          <VisuallyHidden id={issueId}>{message}</VisuallyHidden>
        </>
      ) : null}
    </div>
  );
}
