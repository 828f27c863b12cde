import { describe, expect, it } from 'vitest';
import { createRowSlots } from './row-slots';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('row slots', () => {
  it('keeps a row on its slot while it stays rendered, and hands slots that left to rows coming in', () => {
    const slots = createRowSlots();
    const first = slots.keys(range(0, 20));
    const next = slots.keys(range(5, 20));
    expect(new Set(first).size).toBe(20);
    expect(new Set(next).size).toBe(20);
    // Rows 5..19 are in both frames and keep their keys.
    expect(next.slice(0, 15)).toEqual(first.slice(5));
    // Rows 20..24 take the slots rows 0..4 held, without growing the pool.
    expect(new Set([...first, ...next]).size).toBe(20);
  });

  it('keeps the focused row on its own slot however far the viewer scrolls', () => {
    const slots = createRowSlots();
    const focusKey = slots.keys(range(0, 20))[3];
    for (let from = 1; from < 200; from += 7) {
      const indexes = [3, ...range(from, 20).filter((index) => index !== 3)].sort((a, b) => a - b);
      const keys = slots.keys(indexes);
      expect(keys[indexes.indexOf(3)]).toBe(focusKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('keeps every rendered row on its slot when the range grows past the pool', () => {
    const slots = createRowSlots();
    // The first render, before the grid is measured, shows a few rows; the focused row 12 among them.
    const before = slots.keys(range(10, 5));
    const after = slots.keys(range(0, 30));
    expect(after.slice(10, 15)).toEqual(before);
    expect(new Set(after).size).toBe(30);
  });

  it('does not reshuffle when the range grows or shrinks by a row', () => {
    const slots = createRowSlots();
    const a = slots.keys(range(40, 21));
    const b = slots.keys(range(40, 20));
    const c = slots.keys(range(40, 21));
    expect(b).toEqual(a.slice(0, 20));
    expect(c).toEqual(a);
  });
});

describe('row render order', () => {
  const order = (slots: ReturnType<typeof createRowSlots>, indexes: number[], keepPlaces: boolean) => {
    const keys = slots.keys(indexes);
    return slots.renderOrder(keys, keepPlaces).map((position) => [indexes[position], keys[position]]);
  };

  it('renders in row order at rest', () => {
    const slots = createRowSlots();
    order(slots, range(0, 20), false);
    const next = order(slots, range(5, 20), false);
    expect(next.map(([index]) => index)).toEqual(range(5, 20));
  });

  it('keeps every element where the DOM has it while scrolling: a row coming in takes the place of the row whose slot it took', () => {
    const slots = createRowSlots();
    const first = order(slots, range(0, 20), false);
    const next = order(slots, range(5, 20), true);
    // The same keys in the same order: React moves nothing.
    expect(next.map(([, key]) => key)).toEqual(first.map(([, key]) => key));
    // Rows 20..24 sit where rows 0..4 were; rows 5..19 stay after them.
    expect(next.map(([index]) => index)).toEqual([...range(20, 5), ...range(5, 15)]);
    // Scrolling back up keeps the places as they are now, and at rest the rows return to row order.
    const back = order(slots, range(2, 20), true);
    expect(back.map(([, key]) => key)).toEqual(first.map(([, key]) => key));
    expect(order(slots, range(2, 20), false).map(([index]) => index)).toEqual(range(2, 20));
  });

  it('puts rows that need a new element after the ones already in place', () => {
    const slots = createRowSlots();
    const first = order(slots, range(0, 10), false);
    const grown = order(slots, range(0, 12), true);
    expect(grown.slice(0, 10)).toEqual(first);
    expect(grown.slice(10).map(([index]) => index)).toEqual([10, 11]);
  });
});
