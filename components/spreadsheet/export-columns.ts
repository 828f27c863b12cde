import type { GridColumn } from '@/components/grid/columns';
import { type CategoryIndex, categoryPathText } from '@/components/grid/ops/categories';
import { type CellValue, currentValue, type EditState } from '@/components/grid/state/edit-store';
import type { EditableField } from '@/lib/edits/fields';
import { EXPORT_HEADERS } from '@/lib/spreadsheet/columns';
import type { SheetCell, SheetColumn } from '@/lib/spreadsheet/sheet-writer';
import type { Video } from '@/lib/vod';

export interface ExportColumn extends SheetColumn {
  cell(video: Video, valueAt: (field: EditableField) => CellValue | undefined): SheetCell;
}

// Grid pixels to Excel's width unit (characters of the default font), kept readable.
const widthOf = (pixels: number) => Math.min(60, Math.max(10, Math.round(pixels / 7)));

const text =
  (field: EditableField) => (_video: Video, valueAt: (field: EditableField) => CellValue | undefined) =>
    (valueAt(field) as string | undefined) ?? '';

/**
 * The columns an export writes for the grid's visible columns, in their order: VideoId always (the
 * import finds rows by it), tags as one comma-separated cell, the category as its path plus a CateId
 * column, and read-only columns as raw values. The select, result and cover-image columns are left out.
 */
export function exportColumns(visible: readonly GridColumn[], categories: CategoryIndex): ExportColumn[] {
  const columns: ExportColumn[] = [{ header: EXPORT_HEADERS.videoId, width: 24, cell: (video) => video.id }];
  for (const column of visible) {
    const width = widthOf(column.size);
    switch (column.id) {
      case 'title':
      case 'description':
      case 'coverUrl':
      case 'referenceId':
        columns.push({ header: EXPORT_HEADERS[column.id], width, cell: text(column.id) });
        break;
      case 'tags':
        columns.push({
          header: EXPORT_HEADERS.tags,
          width,
          cell: (_video, valueAt) => ((valueAt('tags') as string[] | undefined) ?? []).join(', '),
        });
        break;
      case 'category':
        columns.push(
          {
            header: EXPORT_HEADERS.category,
            width,
            cell: (_video, valueAt) => {
              const node = categories.byId.get(valueAt('cateId') as number);
              return node ? categoryPathText(node) : '';
            },
          },
          {
            header: EXPORT_HEADERS.cateId,
            width: 12,
            cell: (_video, valueAt) => (valueAt('cateId') as number | null | undefined) ?? '',
          },
        );
        break;
      case 'status':
        columns.push({ header: EXPORT_HEADERS.status, width, cell: (video) => video.status });
        break;
      case 'duration':
        columns.push({ header: EXPORT_HEADERS.duration, width, cell: (video) => video.durationSec ?? '' });
        break;
      case 'modified':
        columns.push({
          header: EXPORT_HEADERS.modified,
          width: 22,
          cell: (video) => video.modificationTime ?? video.creationTime,
        });
        break;
    }
  }
  return columns;
}

/** One video as export cells, with the values the grid shows (unsaved edits included). */
export function exportRow(state: EditState, columns: readonly ExportColumn[], video: Video): SheetCell[] {
  const valueAt = (field: EditableField) => currentValue(state, video.id, field);
  return columns.map((column) => column.cell(video, valueAt));
}
