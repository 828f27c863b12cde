/** A sheet as the import reads it: the header row and the data rows, every cell as text. */
export interface SheetTable {
  headers: string[];
  rows: string[][];
}
