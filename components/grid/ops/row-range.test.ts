import { describe, expect, it } from 'vitest';
import { createRowRange } from './row-range';

const view = (startIndex: number, rows = 20, count = 50_000) => ({
  startIndex,
  endIndex: startIndex + rows - 1,
  overscan: 0,
  count,
});
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('row range', () => {
  it('renders the rows in view and the overscan on each side', () => {
    const rows = createRowRange(3);
    expect(rows(view(100), -1, false)).toEqual(span(97, 122));
    expect(rows(view(0), -1, false)).toEqual(span(0, 22));
  });

  it('keeps the overscan while a scroll moves less than a screen a frame', () => {
    const rows = createRowRange(3);
    rows(view(100), -1, false);
    expect(rows(view(117), -1, true)).toEqual(span(114, 139));
    expect(rows(view(100), -1, true)).toEqual(span(97, 122));
  });

  it('drops the overscan while a scroll leaps more than a screen a frame, and brings it back once scrolling stops', () => {
    const rows = createRowRange(3);
    rows(view(100), -1, false);
    expect(rows(view(183), -1, true)).toEqual(span(183, 202));
    expect(rows(view(100), -1, true)).toEqual(span(100, 119));
    expect(rows(view(100), -1, false)).toEqual(span(97, 122));
  });

  it('renders the focused row wherever it is, in order', () => {
    const rows = createRowRange(3);
    expect(rows(view(100), 5, false)).toEqual([5, ...span(97, 122)]);
    expect(rows(view(100), 500, false)).toEqual([...span(97, 122), 500]);
    expect(rows(view(100), 110, false)).toEqual(span(97, 122));
  });
});
