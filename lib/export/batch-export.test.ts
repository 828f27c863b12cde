import { describe, expect, it } from 'vitest';
import type { BatchItemView, BatchSummary } from '@/lib/db/queries/batch-history';
import { translatorFor } from '@/lib/i18n/translator';
import {
  BATCH_CSV_HEADER,
  BATCH_JSON_FORMAT,
  type BatchJsonHeader,
  type BatchJsonItem,
  batchExportText,
  batchItemCsvCells,
  exportFileName,
} from './batch-export';

const english = translatorFor('en');

const batch: BatchSummary = {
  id: '6f1c2d3e-0000-4000-8000-00000000abcd',
  userId: '11111111-0000-4000-8000-000000000001',
  userEmail: 'editor@demo.local',
  kind: 'save',
  parentBatchId: null,
  status: 'done_with_problems',
  label: 'Category: News',
  summary: { videos: 3, fields: ['tags'], parts: [{ kind: 'tags', added: ['bulk-2025'], removed: [] }] },
  note: '=HYPERLINK("x")',
  total: 3,
  counts: {
    updated: 1,
    forbidden: 1,
    not_found: 0,
    reference_not_found: 0,
    conflict: 1,
    failed: 0,
    pending: 0,
  },
  createdAt: '2025-03-04T08:00:00.000Z',
  startedAt: '2025-03-04T08:00:01.000Z',
  finishedAt: '2025-03-04T08:00:09.000Z',
};

const updated: BatchItemView = {
  videoId: 'v1',
  title: '=Promo, "big" sale',
  status: 'updated',
  tagOps: null,
  before: { title: '=Promo, "big" sale', tags: ['a', 'b'] },
  changes: { title: '猫の動画 🐱', tags: ['a', 'b', 'c'] },
  current: null,
  errorCode: null,
  errorMessage: null,
  retryable: false,
  requestId: 'REQ-1',
  attempts: 1,
  chunk: { seq: 0, requestIds: ['REQ-0', 'REQ-1'] },
};

const forbidden: BatchItemView = {
  ...updated,
  videoId: 'v2',
  title: 'Plain',
  status: 'forbidden',
  tagOps: null,
  before: { cateId: 1 },
  changes: { cateId: 2 },
  errorCode: 'Forbidden',
  errorMessage: 'No permission, line 1\nline 2',
  requestId: 'REQ-2',
};

const conflict: BatchItemView = {
  ...updated,
  videoId: 'v3',
  title: '-minus',
  status: 'conflict',
  tagOps: null,
  before: { description: 'old' },
  changes: { description: 'new' },
  current: { description: 'someone else’s' },
  requestId: null,
  attempts: 0,
  chunk: null,
};

async function* pagesOf(...pages: BatchItemView[][]) {
  for (const page of pages) yield page;
}

async function exportText(format: 'csv' | 'json', ...pages: BatchItemView[][]): Promise<string> {
  let text = '';
  for await (const piece of batchExportText(
    format,
    batch,
    pagesOf(...pages),
    new Date('2025-03-05T00:00:00Z'),
    english,
  )) {
    text += piece;
  }
  return text;
}

const cell = (item: BatchItemView, column: string) =>
  batchItemCsvCells(item, batch, english)[BATCH_CSV_HEADER.indexOf(column)];

describe('batch CSV export', () => {
  it('starts with the BOM and the header, then one CRLF-terminated row per video', async () => {
    const text = await exportText('csv', [updated, forbidden], [], [conflict]);
    expect(text.startsWith('\uFEFFvideo_id,title,outcome,error_code,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // The error message's own line break is inside quotes, so split on rows that start with a video id.
    const rows = text
      .slice(1)
      .split(/\r\n(?=v\d|$)/)
      .filter(Boolean);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toBe(
      [
        'v1',
        '"\'=Promo, ""big"" sale"',
        'updated',
        '',
        '',
        '',
        'REQ-1',
        '0',
        'REQ-0 REQ-1',
        '1',
        '"\'=Promo, ""big"" sale"',
        '猫の動画 🐱',
        '',
        '',
        '',
        '',
        '"a,b"',
        '"a,b,c"',
        '',
        ...Array(9).fill(''),
        '',
        '',
        'Tags +bulk-2025 · 3 videos',
        '"\'=HYPERLINK(""x"")"',
      ].join(','),
    );
    expect(rows[3]?.startsWith("v3,'-minus,conflict,")).toBe(true);
  });

  it('puts each field’s before, after and VOD’s current value in its own columns', () => {
    expect(cell(forbidden, 'cateId_before')).toBe('1');
    expect(cell(forbidden, 'cateId_after')).toBe('2');
    expect(cell(forbidden, 'error_code')).toBe('Forbidden');
    expect(cell(forbidden, 'retryable')).toBe('false');
    expect(cell(conflict, 'description_current')).toBe('someone else’s');
    expect(cell(conflict, 'chunk')).toBe('');
    expect(BATCH_CSV_HEADER).toHaveLength(batchItemCsvCells(conflict, batch, english).length);
  });

  it('shows a tag operation as the tags added and removed', () => {
    const tagged = { ...updated, tagOps: { add: ['new', 'hot'], remove: ['old'] } };
    expect(cell(tagged, 'tags_added')).toBe('new,hot');
    expect(cell(tagged, 'tags_removed')).toBe('old');
  });
});

describe('batch JSON export', () => {
  it('is one JSON document: format, export time, the batch, and every item', async () => {
    const parsed = JSON.parse(
      await exportText('json', [updated], [], [forbidden, conflict]),
    ) as BatchJsonHeader & {
      items: BatchJsonItem[];
    };
    expect(parsed.format).toBe(BATCH_JSON_FORMAT);
    expect(parsed.exportedAt).toBe('2025-03-05T00:00:00.000Z');
    expect(parsed.batch).toEqual({ ...batch, summaryText: 'Tags +bulk-2025 · 3 videos' });
    expect(parsed.items.map((item) => item.videoId)).toEqual(['v1', 'v2', 'v3']);
    expect(parsed.items[0]).toEqual({
      videoId: 'v1',
      title: '=Promo, "big" sale',
      outcome: 'updated',
      before: { title: '=Promo, "big" sale', tags: ['a', 'b'] },
      after: { title: '猫の動画 🐱', tags: ['a', 'b', 'c'] },
      current: null,
      tagOperation: null,
      error: null,
      requestId: 'REQ-1',
      attempts: 1,
      chunk: { seq: 0, requestIds: ['REQ-0', 'REQ-1'] },
    });
    expect(parsed.items[1]?.error).toEqual({
      code: 'Forbidden',
      message: 'No permission, line 1\nline 2',
      retryable: false,
    });
    expect(parsed.items[2]?.current).toEqual({ description: 'someone else’s' });
  });

  it('is valid JSON for a batch without items', async () => {
    const parsed = JSON.parse(await exportText('json')) as { items: unknown[] };
    expect(parsed.items).toEqual([]);
  });
});

describe('exportFileName', () => {
  it('names the file by creation date, id and format', () => {
    expect(exportFileName(batch, 'csv')).toBe('batch-2025-03-04-6f1c2d3e-0000-4000-8000-00000000abcd.csv');
    expect(exportFileName(batch, 'json')).toBe('batch-2025-03-04-6f1c2d3e-0000-4000-8000-00000000abcd.json');
  });
});
