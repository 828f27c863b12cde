/**
 * The grid's keys, as the shortcut sheet lists them: one entry per action, its keys as shown (each key a
 * chip, alternatives as separate combinations) and its text under grid.shortcuts.actions.<id>. Ctrl stands
 * for Ctrl or ⌘, as in commandForKey.
 */
export const GRID_SHORTCUTS = [
  { id: 'move', combos: [['↑'], ['↓'], ['←'], ['→']] },
  { id: 'extend', combos: [['Shift', '↑ ↓ ← →']] },
  { id: 'edge', combos: [['Ctrl', '↑ ↓ ← →']] },
  { id: 'rowEdge', combos: [['Home'], ['End']] },
  {
    id: 'gridEdge',
    combos: [
      ['Ctrl', 'Home'],
      ['Ctrl', 'End'],
    ],
  },
  { id: 'page', combos: [['Page Up'], ['Page Down']] },
  { id: 'tab', combos: [['Tab'], ['Shift', 'Tab']] },
  { id: 'enter', combos: [['Enter']] },
  { id: 'up', combos: [['Shift', 'Enter']] },
  { id: 'type', combos: [['A–Z, 0–9…']] },
  { id: 'edit', combos: [['F2']] },
  { id: 'escape', combos: [['Esc']] },
  { id: 'clear', combos: [['Delete'], ['Backspace']] },
  {
    id: 'copyPaste',
    combos: [
      ['Ctrl', 'C'],
      ['Ctrl', 'V'],
    ],
  },
  { id: 'fillDown', combos: [['Ctrl', 'D']] },
  { id: 'selectAll', combos: [['Ctrl', 'A']] },
  { id: 'undo', combos: [['Ctrl', 'Z']] },
  {
    id: 'redo',
    combos: [
      ['Ctrl', 'Shift', 'Z'],
      ['Ctrl', 'Y'],
    ],
  },
  { id: 'activate', combos: [['Space']] },
  { id: 'help', combos: [['?'], ['Ctrl', '/']] },
] as const satisfies readonly { id: string; combos: readonly (readonly string[])[] }[];

export type GridShortcutId = (typeof GRID_SHORTCUTS)[number]['id'];

interface KeyTarget {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  /** Where the key was pressed: typing into a field, or into a grid cell (which starts an edit), is not a request for help. */
  target: EventTarget | { closest(selector: string): unknown } | null;
}

const TYPING_PLACES =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="grid"]';

/** Whether a key press asks for the shortcut sheet: `?` where it would not be typed, or Ctrl+/ anywhere. */
export function asksForShortcuts(event: KeyTarget): boolean {
  if (event.defaultPrevented || event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key === '/') return true;
  if (event.key !== '?' || event.ctrlKey || event.metaKey) return false;
  const target = event.target as { closest?: (selector: string) => unknown } | null;
  return !target?.closest?.(TYPING_PLACES);
}
