import {
  type ColumnMapping,
  headerKey,
  SHEET_COLUMN_KINDS,
  type SheetColumnKind,
} from '@/lib/spreadsheet/columns';

const PREFIX = 'vod-bulk-editor:sheet-mapping:';
const KINDS: ReadonlySet<string> = new Set(SHEET_COLUMN_KINDS);

/** The mapping chosen last time for a file with these headers, if any. */
export function rememberedMapping(headers: readonly string[]): SheetColumnKind[] | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(PREFIX + headerKey(headers)) ?? 'null');
    if (!Array.isArray(stored) || stored.length !== headers.length) return null;
    return stored.every((kind) => typeof kind === 'string' && KINDS.has(kind))
      ? (stored as SheetColumnKind[])
      : null;
  } catch {
    return null;
  }
}

/** Keeps a chosen mapping for the next file with the same headers. */
export function rememberMapping(headers: readonly string[], mapping: ColumnMapping): void {
  try {
    localStorage.setItem(PREFIX + headerKey(headers), JSON.stringify(mapping));
  } catch {
    // Storage full or blocked: the mapping is simply asked for again next time.
  }
}
