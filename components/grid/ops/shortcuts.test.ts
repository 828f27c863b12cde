import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/messages/en';
import { zhCN } from '@/lib/i18n/messages/zh-CN';
import { asksForShortcuts, GRID_SHORTCUTS } from './shortcuts';

const press = (key: string, inside: string | null, mods: { ctrl?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: { closest: (selector: string) => (inside && selector.includes(inside) ? {} : null) },
});

describe('asksForShortcuts', () => {
  it('opens on ? outside fields and the grid, and on Ctrl+/ anywhere', () => {
    expect(asksForShortcuts(press('?', null))).toBe(true);
    expect(asksForShortcuts(press('?', 'input'))).toBe(false);
    expect(asksForShortcuts(press('?', 'textarea'))).toBe(false);
    // In a grid cell ? is typed into the cell, as any character is.
    expect(asksForShortcuts(press('?', '[role="grid"]'))).toBe(false);
    expect(asksForShortcuts(press('/', '[role="grid"]', { ctrl: true }))).toBe(true);
    expect(asksForShortcuts(press('/', null))).toBe(false);
    expect(asksForShortcuts({ ...press('?', null), defaultPrevented: true })).toBe(false);
  });
});

describe('GRID_SHORTCUTS', () => {
  it('has a text in both catalogs for every listed action', () => {
    for (const { id } of GRID_SHORTCUTS) {
      expect(en.grid.shortcuts.actions[id]).toBeTruthy();
      expect(zhCN.grid.shortcuts.actions[id]).toBeTruthy();
    }
  });
});
