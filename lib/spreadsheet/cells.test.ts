import { describe, expect, it } from 'vitest';
import { csvCell } from '@/lib/export/csv';
import { readCell } from './cells';

describe('readCell', () => {
  it('reads an empty or blank cell as "leave unchanged"', () => {
    expect(readCell(undefined)).toEqual({ kind: 'keep' });
    expect(readCell('')).toEqual({ kind: 'keep' });
    expect(readCell('   ')).toEqual({ kind: 'keep' });
  });

  it('reads exactly (clear) as "empty the field", in any case', () => {
    expect(readCell('(clear)')).toEqual({ kind: 'clear' });
    expect(readCell(' (CLEAR) ')).toEqual({ kind: 'clear' });
    expect(readCell('(clear) me')).toEqual({ kind: 'set', text: '(clear) me' });
  });

  it('trims values and undoes the export’s formula defusing', () => {
    expect(readCell('  Hello ')).toEqual({ kind: 'set', text: 'Hello' });
    expect(readCell(csvCell('=SUM(A1)'))).toEqual({ kind: 'set', text: '=SUM(A1)' });
    expect(readCell("'-5 tips")).toEqual({ kind: 'set', text: '-5 tips' });
    expect(readCell("'quoted'")).toEqual({ kind: 'set', text: "'quoted'" });
  });
});
