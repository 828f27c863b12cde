import { useEffect } from 'react';
import styles from '../grid.module.css';

// The module defines it; an empty token would make classList throw.
const SIDEWAYS = styles.sideways!;

/**
 * Marks the grid's scrolling element while it is scrolled sideways, the only time its row-header and pinned
 * cells need to stick (grid.module.css). Set on the element itself, not through React state: a scroll event
 * re-renders nothing, and the class changes only when the grid leaves or comes back to its left edge.
 */
export function useSidewaysMark(element: HTMLElement | null): void {
  useEffect(() => {
    if (!element) return;
    const mark = () => element.classList.toggle(SIDEWAYS, element.scrollLeft > 0);
    mark();
    element.addEventListener('scroll', mark, { passive: true });
    return () => element.removeEventListener('scroll', mark);
  }, [element]);
}
