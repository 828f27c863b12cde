import { AllCommunityModule, type ColDef, type GridApi, ModuleRegistry } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { Checkbox, CoverBox } from './peer-cells';
import { loadPeerData, type PeerData, type PeerRow, parseTsv } from './peer-data';

/**
 * AG Grid Community as a team would set it up for our columns: the select column pinned left as ours is,
 * editable text columns, default theme, row and column virtualisation as it ships; covers drawn as our grid
 * draws them while scrolling (see peer-cells.tsx).
 */

ModuleRegistry.registerModules([AllCommunityModule]);

/**
 * Clipboard paste is an AG Grid Enterprise feature, so a paste on the grid goes through the Community
 * API instead: the block's values set on the rows and columns from the focused cell, as one transaction.
 */
function pasteThroughApi(api: GridApi<PeerRow>, text: string): void {
  const focused = api.getFocusedCell();
  if (!focused) return;
  const columns = api.getAllDisplayedColumns();
  const first = columns.indexOf(focused.column);
  const update: PeerRow[] = [];
  parseTsv(text).forEach((values, offset) => {
    const node = api.getDisplayedRowAtIndex(focused.rowIndex + offset);
    if (!node?.data) return;
    const row = { ...node.data };
    values.forEach((value, i) => {
      const column = columns[first + i];
      if (column?.isCellEditable(node)) row[column.getColId()] = value;
    });
    update.push(row);
  });
  api.applyTransaction({ update });
}

function Peer({ data }: { data: PeerData }) {
  const api = useRef<GridApi<PeerRow> | null>(null);
  const columnDefs = useMemo<ColDef<PeerRow>[]>(
    () =>
      data.columns.map((column) => ({
        field: column.id,
        headerName: column.label,
        width: column.width,
        editable: column.isEditable,
        sortable: false,
        ...(column.kind === 'checkbox' ? { cellRenderer: Checkbox, pinned: 'left' as const } : {}),
        ...(column.kind === 'cover' ? { cellRenderer: CoverBox } : {}),
      })),
    [data.columns],
  );
  return (
    <div
      style={{ width: data.box.width, height: data.box.height }}
      onPasteCapture={(event) => {
        if (!api.current) return;
        event.preventDefault();
        pasteThroughApi(api.current, event.clipboardData.getData('text/plain'));
      }}
    >
      <AgGridReact<PeerRow>
        rowData={data.rows}
        columnDefs={columnDefs}
        getRowId={(params) => params.data.videoId!}
        rowHeight={data.box.rowHeight}
        headerHeight={data.box.headerHeight}
        onGridReady={(event) => {
          api.current = event.api;
        }}
      />
    </div>
  );
}

loadPeerData().then((data) => {
  createRoot(document.getElementById('root')!).render(<Peer data={data} />);
});
