import type { SheetCell, SheetColumn, SheetFormat } from '@/lib/spreadsheet/sheet-writer';
import { type ExportReply, type ExportRequest, ROWS_PER_MESSAGE } from '@/lib/spreadsheet/worker-protocol';
import { PROGRESS_MS, SLICE_MS } from '@/lib/ui/sliced-work';

// Rows are made in steps this small, so a slice stops soon after SLICE_MS even on a slow or busy machine.
const ROWS_PER_STEP = 100;

/** Starts an export worker; starting it when the dialog opens hides its load time. */
export function startExportWorker(): Worker {
  return new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Builds a CSV or XLSX file in a Web Worker from rows made a slice at a time on the page (at most
 * ROWS_PER_MESSAGE rows or SLICE_MS): each slice is sent once the worker took the previous one, so the page
 * keeps painting while 100,000 rows go through.
 */
export async function writeInWorker(options: {
  /** The worker to use (ended afterwards); a new one when null. */
  worker: Worker | null;
  format: SheetFormat;
  sheetName: string;
  columns: readonly SheetColumn[];
  rowCount: number;
  rowsAt: (start: number, end: number) => SheetCell[][];
  onProgress: (done: number) => void;
  signal: AbortSignal;
}): Promise<Blob> {
  const worker = options.worker ?? startExportWorker();
  let waiting: { resolve: (reply: ExportReply) => void; reject: (error: Error) => void } | null = null;
  worker.onmessage = (event: MessageEvent<ExportReply>) => waiting?.resolve(event.data);
  worker.onerror = (event) => waiting?.reject(new Error(event.message || 'worker failed'));
  const send = (request: ExportRequest) =>
    new Promise<ExportReply>((resolve, reject) => {
      if (options.signal.aborted) return reject(new Error('aborted'));
      waiting = { resolve, reject };
      worker.postMessage(request);
    }).then((reply) => {
      if (reply.type === 'error') throw new Error(reply.message);
      return reply;
    });
  try {
    const columns = options.columns.map(({ header, width }) => ({ header, width }));
    await send({ type: 'start', format: options.format, sheetName: options.sheetName, columns });
    let shownAt = performance.now();
    for (let start = 0; start < options.rowCount; ) {
      const sliceStart = performance.now();
      const rows: SheetCell[][] = [];
      while (
        start < options.rowCount &&
        rows.length < ROWS_PER_MESSAGE &&
        performance.now() - sliceStart < SLICE_MS
      ) {
        const end = Math.min(options.rowCount, start + ROWS_PER_STEP);
        for (const row of options.rowsAt(start, end)) rows.push(row);
        start = end;
      }
      await send({ type: 'rows', rows });
      if (start === options.rowCount || performance.now() - shownAt > PROGRESS_MS) {
        options.onProgress(start);
        shownAt = performance.now();
      }
    }
    const reply = await send({ type: 'finish' });
    if (reply.type !== 'done') throw new Error('the worker did not finish the file');
    return reply.blob;
  } finally {
    worker.terminate();
  }
}
