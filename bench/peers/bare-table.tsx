import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { Checkbox, CoverBox } from './peer-cells';
import { loadPeerData, type PeerColumn, type PeerData, type PeerRow } from './peer-data';

/**
 * The DOM floor: TanStack Table and Virtual with one plain element per cell, no editing, marks or
 * pinning, and covers drawn as our grid draws them while scrolling (see peer-cells.tsx). The same ARIA row
 * and column indices as our grid, so the bench's probe reads both alike.
 */

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, PeerRow>();

function Cell({ column, value }: { column: PeerColumn; value: string }) {
  if (column.kind === 'checkbox') return <Checkbox />;
  if (column.kind === 'cover') return <CoverBox />;
  return <>{value}</>;
}

function BareTable({ data }: { data: PeerData }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const columnsRef = useRef(
    helper.columns(data.columns.map((column) => helper.accessor(column.id, { header: column.label }))),
  );
  const table = useTable({ features, columns: columnsRef.current, data: data.rows });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => data.box.rowHeight,
    overscan: 5,
  });
  const width = data.columns.reduce((sum, column) => sum + column.width, 0);
  const styles = data.columns.map(
    (column) =>
      ({
        width: column.width,
        flex: 'none',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
        padding: '0 8px',
        boxSizing: 'border-box',
        lineHeight: `${data.box.rowHeight}px`,
      }) as const,
  );

  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs as our grid uses it, so one probe reads both.
    <div
      ref={scrollRef}
      role="grid"
      aria-rowcount={rows.length + 1}
      style={{ width: data.box.width, height: data.box.height, overflow: 'auto' }}
    >
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: the ARIA grid pattern on divs as our grid uses it, so one probe reads both. */}
      <div
        role="row"
        aria-rowindex={1}
        style={{
          display: 'flex',
          width,
          position: 'sticky',
          top: 0,
          zIndex: 1,
          background: '#f4f4f5',
          height: data.box.headerHeight,
        }}
      >
        {data.columns.map((column, i) => (
          // biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: the ARIA grid pattern on divs as our grid uses it, so one probe reads both.
          <div key={column.id} role="columnheader" aria-colindex={i + 1} style={styles[i]}>
            {column.label}
          </div>
        ))}
      </div>
      <div style={{ height: virtualizer.getTotalSize(), width, position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            // biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: the ARIA grid pattern on divs as our grid uses it, so one probe reads both.
            <div
              key={row.id}
              role="row"
              aria-rowindex={item.index + 2}
              style={{
                display: 'flex',
                position: 'absolute',
                top: 0,
                height: data.box.rowHeight,
                transform: `translateY(${item.start}px)`,
                borderBottom: '1px solid #e4e4e7',
                boxSizing: 'border-box',
              }}
            >
              {row.getAllCells().map((cell, i) => {
                const column = data.columns[i]!;
                return (
                  // biome-ignore lint/a11y/useSemanticElements lint/a11y/useFocusableInteractive: the ARIA grid pattern on divs as our grid uses it, so one probe reads both.
                  <div key={cell.id} role="gridcell" aria-colindex={i + 1} style={styles[i]}>
                    <Cell column={column} value={cell.getValue() as string} />
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

loadPeerData().then((data) => {
  createRoot(document.getElementById('root')!).render(<BareTable data={data} />);
});
