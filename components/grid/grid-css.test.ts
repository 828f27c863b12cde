import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS } from './columns';

const css = readFileSync(path.join(__dirname, 'grid.module.css'), 'utf8');

/** Each rule's selector and declarations, comments and at-rule wrappers left out. */
function rules(): { selector: string; body: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector = '', body = '']) => ({
    selector: selector.trim().replace(/\s+/g, ' '),
    body,
  }));
}

describe('grid.module.css', () => {
  it('sizes every column and places its pinned cells by its variables, and only the columns that exist', () => {
    const sized = [
      ...css.matchAll(
        /^\.col-(\w+) \{\n {2}width: var\(--vg-col-(\w+)\);\n {2}--vg-pin-left: var\(--vg-left-(\w+)\);\n\}/gm,
      ),
    ].map(([, selector, width, left]) => {
      expect(width).toBe(selector);
      expect(left).toBe(selector);
      return selector;
    });
    expect(sized.sort()).toEqual(GRID_COLUMNS.map((column) => column.id).sort());
  });

  // Chromium's cache of computed styles skips the children of an element whose child inherits explicitly,
  // and matches children against their parent's inherited values; rows are restyled on every scroll frame
  // (their offset is an inline style), so either made each frame's restyle slower than the one before. The
  // buttons in cells set their font by value for the same reason (the global rule for buttons inherits).
  it('gives rows and cells no explicitly inherited value, and rows no custom property', () => {
    const inheriting = rules()
      .filter(({ body }) => /:\s*inherit\s*(;|$)/m.test(body))
      .map(({ selector }) => selector);
    // The header's sort buttons are restyled only when the header changes.
    expect(inheriting).toEqual(['.sort']);
    const rowVariables = rules()
      .filter(({ selector }) => selector.split(',').some((part) => /^\.row[\w-]*$/.test(part.trim())))
      .filter(({ body }) => /^\s*--/m.test(body))
      .map(({ selector }) => selector);
    expect(rowVariables).toEqual([]);
  });
});
