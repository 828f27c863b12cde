import type { Messages } from 'next-intl';
import type { GridColumn } from '@/components/grid/columns';
import { type CategoryIndex, categoryPathText } from '@/components/grid/ops/categories';
import { type CellValue, currentValue, type EditState } from '@/components/grid/state/edit-store';
import type { EditableField } from '@/lib/edits/fields';
import type { Translator } from '@/lib/i18n/translator';
import type { SheetCell, SheetColumn } from '@/lib/spreadsheet/sheet-writer';
import type { Video } from '@/lib/vod';

export interface ExportColumn extends SheetColumn {
  cell(video: Video, valueAt: (field: EditableField) => CellValue | undefined): SheetCell;
}

type ExportHeader = keyof Messages['spreadsheet']['headers'];

// Grid pixels to Excel's width unit (characters of the default font), kept readable.
const widthOf = (pixels: number) => Math.min(60, Math.max(10, Math.round(pixels / 7)));

const text =
  (field: EditableField) => (_video: Video, valueAt: (field: EditableField) => CellValue | undefined) =>
    (valueAt(field) as string | undefined) ?? '';

/**
 * The columns an export writes for the grid's visible columns, in their order: VideoId always (the
 * import finds rows by it), tags as one comma-separated cell, the category as its path plus a CateId
 * column, and read-only columns as raw values. The select, result and cover-image columns are left out.
 * Headers are in the viewer's language (the import reads either); values stay machine-readable.
 */
export function exportColumns(
  visible: readonly GridColumn[],
  categories: CategoryIndex,
  t: Translator<'spreadsheet'>,
): ExportColumn[] {
  const header = (key: ExportHeader) => t(`headers.${key}`);
  const columns: ExportColumn[] = [{ header: header('videoId'), width: 24, cell: (video) => video.id }];
  for (const column of visible) {
    const width = widthOf(column.size);
    switch (column.id) {
      case 'title':
      case 'description':
      case 'coverUrl':
      case 'referenceId':
        columns.push({ header: header(column.id), width, cell: text(column.id) });
        break;
      case 'tags':
        columns.push({
          header: header('tags'),
          width,
          cell: (_video, valueAt) => ((valueAt('tags') as string[] | undefined) ?? []).join(', '),
        });
        break;
      case 'category':
        columns.push(
          {
            header: header('category'),
            width,
            cell: (_video, valueAt) => {
              const node = categories.byId.get(valueAt('cateId') as number);
              return node ? categoryPathText(node) : '';
            },
          },
          {
            header: header('cateId'),
            width: 12,
            cell: (_video, valueAt) => (valueAt('cateId') as number | null | undefined) ?? '',
          },
        );
        break;
      case 'status':
        columns.push({ header: header('status'), width, cell: (video) => video.status });
        break;
      case 'duration':
        columns.push({ header: header('duration'), width, cell: (video) => video.durationSec ?? '' });
        break;
      case 'modified':
        columns.push({
          header: header('modified'),
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
