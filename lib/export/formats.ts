/** The file formats a batch downloads as: CSV for spreadsheets, JSON for scripts. */
export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
