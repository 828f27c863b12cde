import type { TextEncodingName } from '@/lib/spreadsheet/encoding';
import type { SheetError } from '@/lib/spreadsheet/errors';
import type { SheetTable } from '@/lib/spreadsheet/table';
import type { ImportReply, ImportRequest } from '@/lib/spreadsheet/worker-protocol';

export type WorkerReadResult =
  | { ok: true; table: SheetTable; encoding: TextEncodingName | null; sheetName: string | null }
  | { ok: 'chooseSheet'; sheetNames: string[] }
  | { ok: false; error: SheetError };

/** Starts an import worker; starting it before the file is chosen hides its load time. */
export function startImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Reads a file into a table in the given Web Worker, which it ends afterwards; the rows arrive in small
 * messages, so the page never blocks.
 */
export function readInWorker(
  worker: Worker,
  request: ImportRequest,
  signal: AbortSignal,
): Promise<WorkerReadResult> {
  return new Promise<WorkerReadResult>((resolve) => {
    let header: Extract<ImportReply, { type: 'headers' }> | null = null;
    const rows: string[][] = [];
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
          for (const row of reply.rows) rows.push(row);
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
