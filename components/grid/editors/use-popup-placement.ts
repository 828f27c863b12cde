import { type RefObject, useLayoutEffect, useState } from 'react';

/** Opens a cell's popup upwards when there is not enough room below it inside the grid's viewport. */
export function usePopupPlacement(anchor: RefObject<HTMLElement | null>, popupHeight: number): 'down' | 'up' {
  const [placement, setPlacement] = useState<'down' | 'up'>('down');
  useLayoutEffect(() => {
    const cell = anchor.current;
    const viewport = cell?.closest('[role="grid"]');
    if (!cell || !viewport) return;
    const cellBox = cell.getBoundingClientRect();
    const viewportBox = viewport.getBoundingClientRect();
    const roomBelow = viewportBox.bottom - cellBox.bottom;
    const roomAbove = cellBox.top - viewportBox.top;
    setPlacement(roomBelow < popupHeight && roomAbove > roomBelow ? 'up' : 'down');
  }, [anchor, popupHeight]);
  return placement;
}
