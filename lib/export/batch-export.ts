import type { BatchItemView, BatchSummary } from '@/lib/db/queries/batch-history';
import { EDITABLE_FIELDS, type FieldChanges } from '@/lib/edits/fields';
import type { TagOperation } from '@/lib/edits/tag-ops';
import { summaryText } from '@/lib/i18n/batch-text';
import type { Translator } from '@/lib/i18n/translator';
import { CSV_BOM, csvRow } from './csv';
import { formatFieldValue } from './field-values';
import type { ExportFormat } from './formats';

/**
 * A batch as a downloadable file, produced piece by piece from pages of items so a 50,000-video batch is
 * never held in memory: CSV for spreadsheets (one row per video) and JSON for scripts.
 */

/** Identifies the JSON layout, so scripts can tell a later change of shape. */
export const BATCH_JSON_FORMAT = 'vod-bulk-editor/batch-export@1';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * CSV columns: the outcome of each video, then before (what the server read from VOD) / after / VOD's
 * current value for every editable field, then the tag operation when the tags were added or removed.
 */
export const BATCH_CSV_HEADER: readonly string[] = [
  'video_id',
  'title',
  'outcome',
  'error_code',
  'error_message',
  'retryable',
  'request_id',
  'chunk',
  'chunk_request_ids',
  'attempts',
  ...EDITABLE_FIELDS.flatMap((field) => [`${field}_before`, `${field}_after`, `${field}_current`]),
  'tags_added',
  'tags_removed',
  'batch_summary',
  'batch_note',
];

/** One video's CSV cells, in BATCH_CSV_HEADER order (unescaped: csvRow escapes); the summary in the language of `t`. */
export function batchItemCsvCells(
  item: BatchItemView,
  batch: Pick<BatchSummary, 'summary' | 'note' | 'total'>,
  t: Translator,
): string[] {
  return [
    item.videoId,
    item.title,
    item.status,
    item.errorCode ?? '',
    item.errorMessage ?? '',
    item.errorCode || item.errorMessage ? String(item.retryable) : '',
    item.requestId ?? '',
    item.chunk ? String(item.chunk.seq) : '',
    item.chunk?.requestIds.join(' ') ?? '',
    String(item.attempts),
    ...EDITABLE_FIELDS.flatMap((field) => [
      formatFieldValue(field, item.before[field]),
      formatFieldValue(field, item.changes[field]),
      formatFieldValue(field, item.current?.[field]),
    ]),
    formatFieldValue('tags', item.tagOps?.add),
    formatFieldValue('tags', item.tagOps?.remove),
    summaryText(t, batch.summary, batch.total),
    batch.note,
  ];
}

export interface BatchJsonItem {
  videoId: string;
  title: string;
  outcome: BatchItemView['status'];
  /** What the server read from VOD before the update (never the browser's values). */
  before: FieldChanges;
  after: FieldChanges;
  current: FieldChanges | null;
  tagOperation: TagOperation | null;
  error: { code: string | null; message: string | null; retryable: boolean } | null;
  requestId: string | null;
  attempts: number;
  chunk: { seq: number; requestIds: string[] } | null;
}

export interface BatchJsonHeader {
  format: typeof BATCH_JSON_FORMAT;
  exportedAt: string;
  batch: BatchSummary & { summaryText: string };
}

/** One video as the JSON export lists it. */
export function batchItemJson(item: BatchItemView): BatchJsonItem {
  return {
    videoId: item.videoId,
    title: item.title,
    outcome: item.status,
    before: item.before,
    after: item.changes,
    current: item.current,
    tagOperation: item.tagOps,
    error:
      item.errorCode || item.errorMessage
        ? { code: item.errorCode, message: item.errorMessage, retryable: item.retryable }
        : null,
    requestId: item.requestId,
    attempts: item.attempts,
    chunk: item.chunk,
  };
}

/**
 * The export's text, piece by piece: a header, then each page of items as it arrives. Column names and codes
 * stay machine-readable; the batch's summary is in the language of `t`.
 */
export async function* batchExportText(
  format: ExportFormat,
  batch: BatchSummary,
  pages: AsyncIterable<readonly BatchItemView[]>,
  exportedAt: Date,
  t: Translator,
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield CSV_BOM + csvRow(BATCH_CSV_HEADER);
    for await (const items of pages)
      yield items.map((item) => csvRow(batchItemCsvCells(item, batch, t))).join('');
    return;
  }
  const header: BatchJsonHeader = {
    format: BATCH_JSON_FORMAT,
    exportedAt: exportedAt.toISOString(),
    batch: { ...batch, summaryText: summaryText(t, batch.summary, batch.total) },
  };
  // The header object's closing brace is replaced by the items array, so the file stays one JSON document.
  yield `${JSON.stringify(header).slice(0, -1)},"items":[`;
  let isFirst = true;
  for await (const items of pages) {
    if (items.length === 0) continue;
    const text = items.map((item) => JSON.stringify(batchItemJson(item))).join(',\n');
    yield `${isFirst ? '\n' : ',\n'}${text}`;
    isFirst = false;
  }
  yield '\n]}\n';
}

/** The download's file name: the batch's creation date and id, e.g. batch-2025-03-04-1f0c….csv. */
export function exportFileName(batch: Pick<BatchSummary, 'id' | 'createdAt'>, format: ExportFormat): string {
  return `batch-${batch.createdAt.slice(0, 10)}-${batch.id}.${format}`;
}
