import { useEffect } from 'react';

/** The class grid.css makes the row-header and pinned cells sticky under. */
const SIDEWAYS_CLASS = 'vg-grid--sideways';

/**
 * Marks the grid's scrolling element while it is scrolled sideways, the only time its pinned cells need to
 * stick. Set on the element itself, not through React state: a scroll event re-renders nothing, and the
 * class changes only when the grid leaves or comes back to its left edge.
 */
export function useSidewaysMark(element: HTMLElement | null): void {
  useEffect(() => {
    if (!element) return;
    const mark = () => element.classList.toggle(SIDEWAYS_CLASS, element.scrollLeft > 0);
    mark();
    element.addEventListener('scroll', mark, { passive: true });
    return () => element.removeEventListener('scroll', mark);
  }, [element]);
}
