import { createSheetWriter, type SheetWriter } from '@/lib/spreadsheet/sheet-writer';
import type { ExportReply, ExportRequest } from '@/lib/spreadsheet/worker-protocol';

// Builds the file off the page's thread from rows the page sends in small batches.
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
};
const post = (reply: ExportReply) => scope.postMessage(reply);
let writer: SheetWriter | null = null;

scope.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'start') {
      writer = createSheetWriter(request.format, request.sheetName, request.columns);
      post({ type: 'accepted' });
    } else if (request.type === 'rows') {
      writer?.add(request.rows);
      post({ type: 'accepted' });
    } else if (writer) {
      post({ type: 'done', blob: await writer.finish() });
      writer = null;
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
