import { useTranslations } from 'next-intl';
import { memo, type ReactNode } from 'react';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import type { ItemOutcome } from '@/lib/batches';
import type { EditableField } from '@/lib/edits/fields';
import type { FieldIssue } from '@/lib/edits/validate';
import { issueText } from '@/lib/i18n/issue-text';
import type { Video } from '@/lib/vod';
import type { GridColumn } from '../columns';
import { CategoryEditor } from '../editors/category-editor';
import { TextEditor } from '../editors/text-editor';
import styles from '../grid.module.css';
import { formatValue } from '../ops/cell-values';
import type { CellValue } from '../state/edit-store';
import { type GridContextValue, useGridContext } from '../state/grid-context';
import { CELL_EDITING, CELL_FOCUSED, CELL_SELECTED } from '../state/nav-store';
import { CategoryCell } from './category-cell';
import { DateCell } from './date-cell';
import { DurationCell } from './duration-cell';
import { OutcomeCell } from './outcome-cell';
import { SelectCell } from './select-cell';
import { StatusCell } from './status-cell';
import { TagsCell } from './tags-cell';
import { TextCell } from './text-cell';
import { ThumbnailCell } from './thumbnail-cell';
import { VideoIdCell } from './video-id-cell';

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
  outcome?: ItemOutcome;
  coverUrl?: string;
  isScrolling?: boolean;
  isRowSelected?: boolean;
  rowHasChanges?: boolean;
}

/**
 * The one gridcell: the shared frame (ARIA, focus, selection, change and issue marks) around the content
 * its column's variant calls for. It takes plain props from its row and subscribes to nothing, so it is
 * cheap to mount.
 */
export const GridCell = memo(function GridCell(props: GridCellProps) {
  const { rowIndex, colIndex, column, flags, isChanged, issue } = props;
  const t = useTranslations();
  const context = useGridContext();
  const isFocused = (flags & CELL_FOCUSED) !== 0;
  const isSelected = (flags & CELL_SELECTED) !== 0;
  const isEditing = (flags & CELL_EDITING) !== 0;
  // Editable columns are read-only to viewers; the row-header columns (select, result) stay interactive.
  const isReadOnly = column.field ? !context.canEdit : column.isConfigurable;

  const issueId = issue ? `${context.gridId}-issue-${rowIndex}-${colIndex}` : undefined;
  const message = issue && column.field ? issueText(t, column.field, issue) : '';
  // Variants without a rule of their own have no class in the module.
  const classes = [styles.cell, styles[`cell-${column.variant}`] ?? '', styles[`col-${column.id}`]];
  if (isFocused) classes.push(styles.focused);
  if (isSelected) classes.push(styles.selected);
  if (isChanged) classes.push(styles.changed);
  if (issue) classes.push(styles.invalid);
  if (isEditing) classes.push(styles.editing);
  if (column.isPinned && column.isConfigurable) classes.push(styles.pinned);

  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: virtualized, absolutely positioned rows cannot live in a <table>.
    <div
      role="gridcell"
      aria-colindex={colIndex + 1}
      aria-selected={isSelected}
      aria-readonly={isReadOnly || undefined}
      aria-invalid={issue ? true : undefined}
      aria-describedby={issueId}
      tabIndex={isFocused ? 0 : -1}
      className={classes.join(' ')}
    >
      {column.field
        ? editableContent(props, column.field, context, () => t(column.labelKey))
        : readOnlyContent(props)}
      {isChanged ? (
        <>
          <span className={styles.marker} aria-hidden="true" />
          <VisuallyHidden>, {t('grid.changed')}</VisuallyHidden>
        </>
      ) : null}
      {issue ? (
        <>
          <span className={styles.issueIcon} aria-hidden="true" title={message}>
            ⚠
          </span>
          <VisuallyHidden id={issueId}>{message}</VisuallyHidden>
        </>
      ) : null}
    </div>
  );
});

/** An editable cell's value, or its editor while it is being edited. */
function editableContent(
  { video, column, flags, value }: GridCellProps,
  field: EditableField,
  { canEdit, categories, navStore }: GridContextValue,
  labelOf: () => string,
): ReactNode {
  if (canEdit && (flags & CELL_EDITING) !== 0) {
    // Only the open editor needs the label: not translated for every cell a scroll renders.
    const label = labelOf();
    const seed = navStore.getState().editing?.seed ?? null;
    // Keyed by video: the row's element, and so this editor's state, is reused for other videos as rows scroll.
    return column.variant === 'category' ? (
      <CategoryEditor
        key={video.id}
        videoId={video.id}
        label={label}
        value={value as number | null}
        seed={seed}
      />
    ) : (
      <TextEditor
        key={video.id}
        videoId={video.id}
        field={field}
        label={label}
        initialText={formatValue(field, value as CellValue, categories)}
        seed={seed}
        multiline={column.variant === 'longText'}
      />
    );
  }
  if (column.variant === 'tags') return <TagsCell tags={value as string[]} />;
  if (column.variant === 'category')
    return <CategoryCell cateId={value as number | null} categories={categories} />;
  return <TextCell value={value as string} />;
}

/** What a read-only column shows. */
function readOnlyContent({
  video,
  rowIndex,
  column,
  outcome,
  coverUrl,
  isScrolling,
  isRowSelected,
  rowHasChanges,
}: GridCellProps): ReactNode {
  switch (column.variant) {
    case 'select':
      return (
        <SelectCell
          videoId={video.id}
          title={video.title}
          rowIndex={rowIndex}
          isSelected={isRowSelected ?? false}
          hasChanges={rowHasChanges ?? false}
        />
      );
    case 'outcome':
      return <OutcomeCell videoId={video.id} outcome={outcome} />;
    case 'thumbnail':
      return <ThumbnailCell url={coverUrl ?? ''} isScrolling={isScrolling ?? false} />;
    case 'videoId':
      return <VideoIdCell videoId={video.id} />;
    case 'status':
      return <StatusCell status={video.status} />;
    case 'duration':
      return <DurationCell seconds={video.durationSec} />;
    case 'date':
      return <DateCell iso={video.modificationTime ?? video.creationTime} />;
    default:
      return null;
  }
}
