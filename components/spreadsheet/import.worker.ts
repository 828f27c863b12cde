import { readSheetFile } from '@/lib/spreadsheet/read-file';
import { type ImportReply, type ImportRequest, ROWS_PER_MESSAGE } from '@/lib/spreadsheet/worker-protocol';

// Reads the file off the page's thread; rows go back in small messages so no single one blocks the page.
const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};
const post = (reply: ImportReply) => scope.postMessage(reply);

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    const result = await readSheetFile(event.data.file, event.data.sheetName);
    if (result.ok === 'chooseSheet') return post({ type: 'chooseSheet', sheetNames: result.sheetNames });
    if (result.ok === false) return post({ type: 'error', error: result.error });
    const { headers, rows } = result.table;
    post({
      type: 'headers',
      headers,
      rowCount: rows.length,
      encoding: result.encoding,
      sheetName: result.sheetName,
    });
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
      post({ type: 'rows', rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
    }
    post({ type: 'done' });
  } catch {
    post({ type: 'error', error: { code: 'unreadable' } });
  }
};
