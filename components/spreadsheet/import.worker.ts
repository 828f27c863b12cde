import { packedBuffers, packRows } from '@/lib/spreadsheet/packed-rows';
import { readSheetFile } from '@/lib/spreadsheet/read-file';
import {
  type ImportReply,
  type ImportRequest,
  PACKED_UNITS_PER_MESSAGE,
} from '@/lib/spreadsheet/worker-protocol';

// Reads the file off the page's thread; rows go back packed (flat strings, transferred offsets) in
// messages small enough that none costs the page more than a few milliseconds.
const scope = self as unknown as {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};
const post = (reply: ImportReply, transfer?: Transferable[]) => scope.postMessage(reply, transfer);

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
    for (let start = 0; start < rows.length; ) {
      let end = start;
      for (let units = 0; end < rows.length && units < PACKED_UNITS_PER_MESSAGE; end++) {
        for (const cell of rows[end]!) units += cell.length;
      }
      const packed = packRows(rows.slice(start, end), headers.length);
      post({ type: 'rows', rows: packed }, packedBuffers(packed));
      start = end;
    }
    post({ type: 'done' });
  } catch {
    post({ type: 'error', error: { code: 'unreadable' } });
  }
};
