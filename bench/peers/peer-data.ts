/**
 * What the peer pages receive from the bench's static server (see support/peer-server.ts): the grid box,
 * our grid's row geometry and columns, and the rows. Shared by the Node side and the pages.
 */

export interface PeerColumn {
  id: string;
  label: string;
  width: number;
  /** How the cell renders: as our select and cover columns (see peer-cells.tsx), or as text. */
  kind: 'checkbox' | 'cover' | 'text';
  isEditable: boolean;
}

export type PeerRow = Record<string, string>;

export interface PeerData {
  /** Our grid's scrolling box and row geometry, as the bench measured it. */
  box: { width: number; height: number; rowHeight: number; headerHeight: number };
  columns: PeerColumn[];
  rows: PeerRow[];
}

export async function loadPeerData(): Promise<PeerData> {
  const response = await fetch(`data.json${location.search}`);
  if (!response.ok) throw new Error(`data.json: HTTP ${response.status}`);
  return (await response.json()) as PeerData;
}

/** Parses a pasted TSV block, as a spreadsheet puts it on the clipboard. */
export function parseTsv(text: string): string[][] {
  return text.split(/\r?\n/).map((line) => line.split('\t'));
}
