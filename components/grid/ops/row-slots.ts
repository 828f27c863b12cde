/**
 * React keys for the rendered rows by slot, not by video. A scroll that brings a screen of new rows in a
 * frame then reuses the row and cell elements of the rows that left (React updates their text and
 * attributes) instead of removing hundreds of elements and creating, styling and laying out new ones.
 */
export interface RowSlots {
  /** The key of each index, in the order given. */
  keys(indexes: readonly number[], focusRow: number): string[];
}

const SLOT_STEP = 8;

/**
 * Contiguous rows take slot `index % size`, so a row keeps its element while it stays rendered. The focused
 * row, which stays rendered wherever the viewer scrolls, keeps its own slot throughout, so the element holding
 * DOM focus is never handed to another row; the one rendered row that would share its slot takes a spare.
 * The pool only grows (by the rows rendered), so a range whose length changes by one does not reshuffle it.
 */
export function createRowSlots(): RowSlots {
  let size = 0;
  return {
    keys(indexes, focusRow) {
      if (indexes.length + 1 > size) size = Math.ceil((indexes.length + 1) / SLOT_STEP) * SLOT_STEP;
      const focusSlot = focusRow >= 0 && indexes.includes(focusRow) ? focusRow % size : -1;
      return indexes.map((index) => {
        const slot = index % size;
        return slot === focusSlot && index !== focusRow ? 'spare' : String(slot);
      });
    },
  };
}
