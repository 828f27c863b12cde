import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS } from './columns';

describe('grid.module.css', () => {
  it('sizes every column by its width variable, and only the columns that exist', () => {
    const css = readFileSync(path.join(__dirname, 'grid.module.css'), 'utf8');
    const sized = [...css.matchAll(/^\.col-(\w+) \{\n {2}width: var\(--vg-col-(\w+)\);\n\}/gm)].map(
      ([, selector, variable]) => {
        expect(variable).toBe(selector);
        return selector;
      },
    );
    expect(sized.sort()).toEqual(GRID_COLUMNS.map((column) => column.id).sort());
  });
});
