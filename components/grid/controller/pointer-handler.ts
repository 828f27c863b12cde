import type { FocusEvent, MouseEvent } from 'react';
import { type ControllerCore, INTERACTIVE, isInEditor } from './core';
import { createDragScroll } from './drag-scroll';

/** The mouse on the grid: click to focus, shift-click and drag to select (scrolling past the edges), double-click to edit. */
export function createPointerHandler(core: ControllerCore) {
  const { deps, focusCell, startEditing, cellFromEvent } = core;
  const { navStore } = deps;
  let isDragging = false;

  const dragScroll = createDragScroll({
    getScrollElement: deps.getScrollElement,
    headerHeight: deps.headerHeight,
    extendTo: (element) => {
      const hit = cellFromEvent({ target: element });
      if (hit) focusCell(hit.coord, true);
    },
  });
  const onDragMove = (event: globalThis.MouseEvent) => dragScroll.move(event.clientX, event.clientY);

  const endDrag = () => {
    isDragging = false;
    dragScroll.stop();
    document.removeEventListener('mouseup', endDrag);
    document.removeEventListener('mousemove', onDragMove);
  };

  return {
    onMouseDown(event: MouseEvent) {
      if (event.button !== 0) return;
      const hit = cellFromEvent(event);
      if (!hit || isInEditor(event)) return;
      deps.hasDomFocus.current = true;
      // An open editor commits on blur; moving focus programmatically would unmount it first.
      if (navStore.getState().editing) (document.activeElement as HTMLElement | null)?.blur();
      const isInteractive = (event.target as Element).closest(INTERACTIVE) !== null;
      if (!isInteractive) event.preventDefault();
      focusCell(hit.coord, event.shiftKey);
      isDragging = true;
      document.addEventListener('mouseup', endDrag);
      document.addEventListener('mousemove', onDragMove);
    },
    onMouseOver(event: MouseEvent) {
      if (!isDragging) return;
      const hit = cellFromEvent(event);
      if (hit) focusCell(hit.coord, true);
    },
    onDoubleClick(event: MouseEvent) {
      const hit = cellFromEvent(event);
      if (!hit || (event.target as Element).closest(INTERACTIVE)) return;
      focusCell(hit.coord);
      startEditing(null);
    },
    onFocus() {
      deps.hasDomFocus.current = true;
    },
    onBlur(event: FocusEvent) {
      const next = event.relatedTarget as Node | null;
      if (next && !event.currentTarget.contains(next)) deps.hasDomFocus.current = false;
    },
  };
}
