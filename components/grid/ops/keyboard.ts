/** What a key press in navigation mode asks the grid to do. */
export type GridCommand =
  | { type: 'move'; rows: number; cols: number; extend: boolean }
  | { type: 'edge'; row?: 'first' | 'last'; col?: 'first' | 'last'; extend: boolean }
  | { type: 'page'; direction: 1 | -1; extend: boolean }
  /** Tab and Shift+Tab: the next or previous cell in reading order, wrapping to the next or previous row. */
  | { type: 'tab'; direction: 1 | -1 }
  | { type: 'edit'; seed: string | null }
  /** An input method started composing: open the editor empty, at once, and let the keystroke through. */
  | { type: 'compose' }
  | { type: 'activate' }
  | { type: 'fillDown' }
  | { type: 'clear' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'selectAll' }
  | { type: 'collapse' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  /** 229 while an input method handles the key (Safari reports the key itself, not "Process"). */
  keyCode?: number;
}

// What browsers report for a key an input method (Chinese, Japanese, Korean…) takes over.
const IME_KEY = 'Process';
export const IME_KEY_CODE = 229;

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Maps a key press on a focused cell to a command, spreadsheet style (Excel, AG Grid, Handsontable): Tab
 * and Shift+Tab move sideways, Enter edits, Shift+Enter moves up. Ctrl and Cmd are interchangeable.
 */
export function commandForKey(event: KeyLike): GridCommand | null {
  if (event.isComposing) return null;
  if (event.key === IME_KEY || event.keyCode === IME_KEY_CODE) return { type: 'compose' };
  const mod = event.ctrlKey || event.metaKey;
  const extend = event.shiftKey;
  const arrow = ARROWS[event.key];
  if (arrow && !event.altKey) {
    if (!mod) return { type: 'move', rows: arrow[0], cols: arrow[1], extend };
    if (arrow[0] !== 0) return { type: 'edge', row: arrow[0] < 0 ? 'first' : 'last', extend };
    return { type: 'edge', col: arrow[1] < 0 ? 'first' : 'last', extend };
  }
  switch (event.key) {
    case 'Home':
      return mod
        ? { type: 'edge', row: 'first', col: 'first', extend }
        : { type: 'edge', col: 'first', extend };
    case 'End':
      return mod ? { type: 'edge', row: 'last', col: 'last', extend } : { type: 'edge', col: 'last', extend };
    case 'PageUp':
      return { type: 'page', direction: -1, extend };
    case 'PageDown':
      return { type: 'page', direction: 1, extend };
    case 'Enter':
      if (mod || event.altKey) return null;
      return event.shiftKey ? { type: 'move', rows: -1, cols: 0, extend: false } : { type: 'activate' };
    case 'Tab':
      return mod || event.altKey ? null : { type: 'tab', direction: event.shiftKey ? -1 : 1 };
    case 'F2':
      return { type: 'edit', seed: null };
    case 'Delete':
    case 'Backspace':
      return mod || event.altKey ? null : { type: 'clear' };
    case 'Escape':
      return { type: 'collapse' };
  }
  if (mod && !event.altKey) {
    const key = event.key.toLowerCase();
    if (key === 'z') return event.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y' && !event.shiftKey) return { type: 'redo' };
    if (key === 'd' && !event.shiftKey) return { type: 'fillDown' };
    if (key === 'a' && !event.shiftKey) return { type: 'selectAll' };
    return null;
  }
  if (event.key === ' ' && !event.altKey) return { type: 'activate' };
  if (event.key.length === 1 && !event.altKey) return { type: 'edit', seed: event.key };
  return null;
}
