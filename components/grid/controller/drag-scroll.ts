/**
 * Spreadsheet-style auto-scroll for drag selection: while the pointer is held past the edge of the grid's
 * scroll box, the box scrolls toward it, faster the farther out it is, and the range keeps extending to
 * the cell nearest the pointer. Without it, rows beyond the viewport could only be reached by Shift+click.
 */

export interface DragScrollDeps {
  getScrollElement: () => HTMLElement | null;
  /** Height of the sticky header at the top of the scroll box; the pointer above it counts as outside. */
  headerHeight: number;
  /** Extends the range to the cell under this point, if any. */
  extendTo: (element: Element | null) => void;
}

export interface DragScroll {
  /** The pointer moved while the drag holds. */
  move(clientX: number, clientY: number): void;
  stop(): void;
}

// Pixels per frame per pixel the pointer is outside, and the fastest scroll (a few rows a frame).
const SPEED_PER_PIXEL = 0.5;
const MAX_STEP = 120;

/** How far, and in which direction, a coordinate lies outside [low, high]; 0 inside. */
function overshoot(value: number, low: number, high: number): number {
  if (value < low) return value - low;
  if (value > high) return value - high;
  return 0;
}

function step(distance: number): number {
  return Math.sign(distance) * Math.min(MAX_STEP, Math.ceil(Math.abs(distance) * SPEED_PER_PIXEL));
}

/** Drives the auto-scroll from pointer positions, one animation frame at a time. */
export function createDragScroll(deps: DragScrollDeps): DragScroll {
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;

  const tick = () => {
    frame = 0;
    const scroller = deps.getScrollElement();
    if (!scroller || !pointer) return;
    const box = scroller.getBoundingClientRect();
    const top = box.top + deps.headerHeight;
    const dx = overshoot(pointer.x, box.left, box.left + scroller.clientWidth);
    const dy = overshoot(pointer.y, top, box.top + scroller.clientHeight);
    if (dx === 0 && dy === 0) return;
    const before = scroller.scrollLeft + scroller.scrollTop;
    scroller.scrollLeft += step(dx);
    scroller.scrollTop += step(dy);
    // The nearest cell inside the box; rows scrolled in this frame may render only by the next one.
    const x = Math.min(Math.max(pointer.x, box.left + 1), box.left + scroller.clientWidth - 1);
    const y = Math.min(Math.max(pointer.y, top + 1), box.top + scroller.clientHeight - 1);
    deps.extendTo(document.elementFromPoint(x, y));
    // At the end of the scroll range the loop rests; the next pointer move wakes it.
    if (scroller.scrollLeft + scroller.scrollTop !== before) frame = requestAnimationFrame(tick);
  };

  return {
    move(clientX, clientY) {
      pointer = { x: clientX, y: clientY };
      if (frame === 0) frame = requestAnimationFrame(tick);
    },
    stop() {
      pointer = null;
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
