/**
 * Rows of text cells packed column by column: each column's cells joined into one string, with the end
 * offset of every cell. A worker hands 100,000 rows to the page as a few flat strings and transferable
 * buffers, which the page copies in a few milliseconds, instead of a million small strings it would
 * rebuild one by one (and then keep in its heap, to be traced by every garbage collection).
 */
export interface PackedRows {
  rowCount: number;
  columns: { text: string; ends: Uint32Array }[];
}

/** Packs rows `width` cells wide; missing cells become empty ones. */
export function packRows(rows: readonly (readonly string[])[], width: number): PackedRows {
  const columns: PackedRows['columns'] = [];
  for (let column = 0; column < width; column++) {
    const cells: string[] = new Array(rows.length);
    const ends = new Uint32Array(rows.length);
    let end = 0;
    for (let row = 0; row < rows.length; row++) {
      const cell = rows[row]![column] ?? '';
      cells[row] = cell;
      end += cell.length;
      ends[row] = end;
    }
    columns.push({ text: cells.join(''), ends });
  }
  return { rowCount: rows.length, columns };
}

/** The buffers of packed rows, to transfer with them rather than copy them. */
export function packedBuffers(packed: PackedRows): ArrayBuffer[] {
  return packed.columns.map((column) => column.ends.buffer as ArrayBuffer);
}

/** Packed chunks of rows in file order, unpacked a slice at a time when the checks reach them. */
export class PackedRowList {
  private readonly chunks: PackedRows[] = [];
  private readonly firstRows: number[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(chunk: PackedRows): void {
    this.chunks.push(chunk);
    this.firstRows.push(this.count);
    this.count += chunk.rowCount;
  }

  /** Rows `start` to `end` (exclusive) as arrays of cells. */
  slice(start: number, end: number): string[][] {
    const rows: string[][] = [];
    const last = Math.min(end, this.count);
    let index = this.chunkOf(start);
    for (let row = start; row < last; row++) {
      while (row >= this.firstRows[index]! + this.chunks[index]!.rowCount) index++;
      const chunk = this.chunks[index]!;
      const at = row - this.firstRows[index]!;
      rows.push(chunk.columns.map(({ text, ends }) => text.slice(at === 0 ? 0 : ends[at - 1], ends[at])));
    }
    return rows;
  }

  /** One cell's text. */
  cell(row: number, column: number): string {
    const index = this.chunkOf(row);
    const at = row - this.firstRows[index]!;
    const packed = this.chunks[index]?.columns[column];
    if (packed === undefined || at >= this.chunks[index]!.rowCount) return '';
    return packed.text.slice(at === 0 ? 0 : packed.ends[at - 1], packed.ends[at]);
  }

  private chunkOf(row: number): number {
    let index = 0;
    while (index + 1 < this.chunks.length && this.firstRows[index + 1]! <= row) index++;
    return index;
  }
}
