/** Saves a Blob as a file download through a temporary object URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A timestamped file name in the viewer's time zone, e.g. videos-2026-12-01-1830.csv. */
export function stampedFileName(stem: string, extension: string, now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${stem}-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.${extension}`;
}
