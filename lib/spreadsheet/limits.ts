/** What an import accepts; a bigger file is refused before it is read. */
export const SHEET_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  /** Data rows, not counting the header row. */
  maxRows: 200_000,
} as const;
