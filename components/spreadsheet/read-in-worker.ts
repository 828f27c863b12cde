import type { TextEncodingName } from '@/lib/spreadsheet/encoding';
import type { SheetError } from '@/lib/spreadsheet/errors';
import { PackedRowList } from '@/lib/spreadsheet/packed-rows';
import type { ImportReply, ImportRequest } from '@/lib/spreadsheet/worker-protocol';

/** A sheet as the page holds it: the header row, and the data rows packed as the worker sent them. */
export interface PackedTable {
  headers: string[];
  rows: PackedRowList;
}

export type WorkerReadResult =
  | { ok: true; table: PackedTable; encoding: TextEncodingName | null; sheetName: string | null }
  | { ok: 'chooseSheet'; sheetNames: string[] }
  | { ok: false; error: SheetError };

/** Starts an import worker; starting it before the file is chosen hides its load time. */
export function startImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Reads a file into a table in the given Web Worker, which it ends afterwards; the rows arrive packed, so
 * the page never blocks.
 */
export function readInWorker(
  worker: Worker,
  request: ImportRequest,
  signal: AbortSignal,
): Promise<WorkerReadResult> {
  return new Promise<WorkerReadResult>((resolve) => {
    let header: Extract<ImportReply, { type: 'headers' }> | null = null;
    const rows = new PackedRowList();
    const finish = (result: WorkerReadResult) => {
      worker.terminate();
      resolve(result);
    };
    signal.addEventListener('abort', () => finish({ ok: false, error: { code: 'unreadable' } }), {
      once: true,
    });
    worker.onerror = () => finish({ ok: false, error: { code: 'unreadable' } });
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      switch (reply.type) {
        case 'error':
          return finish({ ok: false, error: reply.error });
        case 'chooseSheet':
          return finish({ ok: 'chooseSheet', sheetNames: reply.sheetNames });
        case 'headers':
          header = reply;
          return;
        case 'rows':
          rows.push(reply.rows);
          return;
        case 'done':
          if (!header) return finish({ ok: false, error: { code: 'unreadable' } });
          return finish({
            ok: true,
            table: { headers: header.headers, rows },
            encoding: header.encoding,
            sheetName: header.sheetName,
          });
      }
    };
    worker.postMessage(request);
  });
}
