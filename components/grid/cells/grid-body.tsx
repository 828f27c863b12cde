import { type Range, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { ItemOutcome } from '@/lib/batches';
import type { Video } from '@/lib/vod';
import type { GridColumn } from '../columns';
import styles from '../grid.module.css';
import { createRowRange } from '../ops/row-range';
import { createRowSlots } from '../ops/row-slots';
import { useGridContext } from '../state/grid-context';
import { GridRow } from './grid-row';

export const ROW_HEIGHT = 30;
export const HEADER_HEIGHT = 30;
// Rows beyond the viewport on each side: enough for arrow keys and short scrolls, few enough that a scroll
// showing new rows every frame lays out little that is never seen (one that leaps renders none, row-range.ts).
const OVERSCAN = 3;
const estimateSize = () => ROW_HEIGHT;

export interface GridBodyProps {
  rows: readonly Video[];
  columns: readonly GridColumn[];
  outcomes: ReadonlyMap<string, ItemOutcome>;
  scrollElement: HTMLDivElement | null;
}

/** Virtualized rows of fixed height; the focused row always stays rendered so it keeps DOM focus. */
export function GridBody({ rows, columns, outcomes, scrollElement }: GridBodyProps) {
  const { navStore } = useGridContext();
  const focusRow = useSyncExternalStore(
    navStore.subscribe,
    () => navStore.getState().focus.row,
    () => navStore.getState().focus.row,
  );

  const [rowRange] = useState(() => createRowRange(OVERSCAN));
  // The virtualizer is one object for the grid's life, and it records a scroll before it asks for this render,
  // so its flag is read here, before the range is asked for: the range then changes once scrolling stops,
  // bringing the overscan back.
  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);
  const isScrolling = virtualizerRef.current?.isScrolling ?? false;
  const rangeExtractor = useCallback(
    (range: Range) => rowRange(range, focusRow, isScrolling),
    [rowRange, focusRow, isScrolling],
  );

  // A new getItemKey makes the virtualizer re-measure every row, so it changes only with the rows.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const getScrollElement = useCallback(() => scrollElement, [scrollElement]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    overscan: OVERSCAN,
    rangeExtractor,
    getItemKey,
  });
  virtualizerRef.current = virtualizer;

  const [slots] = useState(createRowSlots);
  const items = virtualizer.getVirtualItems();
  const keys = slots.keys(items.map((item) => item.index));
  // While the grid scrolls, rows keep their place in the DOM and only their transform moves them. In row
  // order React would move every row whose slot now holds an earlier row, and Chromium restyles, lays out and
  // paints a moved element from scratch: most of each frame's rows in a steady scroll. Once scrolling stops
  // they return to row order, the order screen readers read them in.
  const order = slots.renderOrder(keys, isScrolling);

  return (
    // biome-ignore lint/a11y/useSemanticElements: the ARIA grid pattern on divs: virtualized, absolutely positioned rows cannot live in a <table>.
    <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
      {order.map((position) => {
        const item = items[position]!;
        const video = rows[item.index];
        if (!video) return null;
        return (
          <GridRow
            key={keys[position]}
            video={video}
            rowIndex={item.index}
            start={item.start}
            columns={columns}
            outcome={outcomes.get(video.id)}
            isScrolling={isScrolling}
          />
        );
      })}
    </div>
  );
}
