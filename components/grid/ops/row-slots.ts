/**
 * React keys for the rendered rows by slot, not by video. A scroll that brings a screen of new rows in a
 * frame then reuses the row and cell elements of the rows that left (React updates their text and
 * attributes) instead of removing hundreds of elements and creating, styling and laying out new ones.
 */
export interface RowSlots {
  /** The key of each index, in the order given. */
  keys(indexes: readonly number[]): string[];
  /**
   * The order to render `keys` in, as positions into it: as given, or while `keepPlaces`, each key where it
   * was last rendered (keys new to the DOM after them), so React moves no element.
   */
  renderOrder(keys: readonly string[], keepPlaces: boolean): number[];
}

/**
 * A row keeps its slot for as long as it stays rendered, whatever else changes; rows coming in take the slots
 * of rows that left, and a new slot only when none is free. So the focused row, which stays rendered wherever
 * the viewer scrolls, keeps the element holding DOM focus, and a range that grows never remounts the rows
 * already on screen.
 */
export function createRowSlots(): RowSlots {
  let slotOf = new Map<number, number>();
  let size = 0;
  let lastOrder: readonly string[] = [];
  return {
    keys(indexes) {
      const next = new Map<number, number>();
      const taken = new Set<number>();
      for (const index of indexes) {
        const slot = slotOf.get(index);
        if (slot === undefined) continue;
        next.set(index, slot);
        taken.add(slot);
      }
      const free: number[] = [];
      for (let slot = size - 1; slot >= 0; slot--) if (!taken.has(slot)) free.push(slot);
      const keys = indexes.map((index) => {
        let slot = next.get(index);
        if (slot === undefined) {
          slot = free.pop() ?? size++;
          next.set(index, slot);
        }
        return String(slot);
      });
      slotOf = next;
      return keys;
    },
    renderOrder(keys, keepPlaces) {
      const position = new Map(keys.map((key, i) => [key, i]));
      let order = keys;
      if (keepPlaces) {
        const placed = new Set(lastOrder);
        order = [...lastOrder.filter((key) => position.has(key)), ...keys.filter((key) => !placed.has(key))];
      }
      lastOrder = order;
      return order.map((key) => position.get(key)!);
    },
  };
}
