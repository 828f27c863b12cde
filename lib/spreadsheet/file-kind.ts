import type { SheetError } from './errors';
import { SHEET_LIMITS } from './limits';

export type SheetFileKind = 'csv' | 'xlsx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Binary formats people drop by mistake; a CSV never starts like these. */
const BINARY_MAGICS: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
];

/**
 * Decides from the name, size and first bytes whether a file is a CSV or an XLSX the import reads.
 * Macro-enabled workbooks (.xlsm, or any with a vbaProject part) and legacy .xls are refused.
 */
export function classifySheetFile(
  name: string,
  size: number,
  head: Uint8Array,
): { ok: true; kind: SheetFileKind } | { ok: false; error: SheetError } {
  if (size > SHEET_LIMITS.maxBytes) {
    return { ok: false, error: { code: 'tooLarge', bytes: size, maxBytes: SHEET_LIMITS.maxBytes } };
  }
  const extension = extensionOf(name);
  if (extension === 'xlsm' || extension === 'xltm' || extension === 'xlsb')
    return { ok: false, error: { code: 'macros' } };
  if (startsWith(head, OLE_MAGIC) || extension === 'xls')
    return { ok: false, error: { code: 'legacyExcel' } };
  if (startsWith(head, ZIP_MAGIC)) {
    return extension === 'xlsx' || extension === ''
      ? { ok: true, kind: 'xlsx' }
      : { ok: false, error: { code: 'notSpreadsheet' } };
  }
  if (extension === 'xlsx') return { ok: false, error: { code: 'unreadable' } };
  if (BINARY_MAGICS.some((magic) => startsWith(head, magic)))
    return { ok: false, error: { code: 'notSpreadsheet' } };
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv' || extension === '') {
    return size === 0 ? { ok: false, error: { code: 'empty' } } : { ok: true, kind: 'csv' };
  }
  return { ok: false, error: { code: 'notSpreadsheet' } };
}

const VBA_PART = new TextEncoder().encode('vbaProject.bin');

/** Whether a zip (an XLSX) holds a VBA project: its part name appears in the archive's file headers. */
export function hasVbaProject(bytes: Uint8Array): boolean {
  const first = VBA_PART[0]!;
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - VBA_PART.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < VBA_PART.length; j++) if (bytes[i + j] !== VBA_PART[j]) continue outer;
    return true;
  }
  return false;
}
