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
