import { describe, expect, it } from 'vitest';
import { parseTsv } from './peer-data';

describe('[bench][peer-data]', () => {
  it('splits a pasted block into rows of cells, whatever the line ends', () => {
    expect(parseTsv('a\tb\tc\r\nd\t\tf\ng')).toEqual([['a', 'b', 'c'], ['d', '', 'f'], ['g']]);
  });
});
