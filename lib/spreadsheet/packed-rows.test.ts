import { describe, expect, it } from 'vitest';
import { PackedRowList, packedBuffers, packRows } from './packed-rows';

describe('packed rows', () => {
  const rows = [
    ['v1', 'One', '春节, "quoted"\nline'],
    ['v2', '', 'x'],
    ['v3', 'Three'],
  ];

  it('gives back the rows it packed, across chunks, with missing cells empty', () => {
    const list = new PackedRowList();
    list.push(packRows(rows.slice(0, 2), 3));
    list.push(packRows(rows.slice(2), 3));
    list.push(packRows([], 3));
    expect(list.length).toBe(3);
    expect(list.slice(0, 3)).toEqual([rows[0], rows[1], ['v3', 'Three', '']]);
    expect(list.slice(1, 10)).toEqual([rows[1], ['v3', 'Three', '']]);
    expect([list.cell(0, 2), list.cell(2, 1), list.cell(2, 2), list.cell(1, 1)]).toEqual([
      rows[0]![2],
      'Three',
      '',
      '',
    ]);
  });

  it('survives a transfer between threads: flat strings and the offsets’ buffers', () => {
    const packed = packRows(rows, 3);
    const moved = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.columns[0]!.ends.length).toBe(0);
    const list = new PackedRowList();
    list.push(moved);
    expect(list.slice(0, 1)).toEqual([rows[0]]);
  });
});
