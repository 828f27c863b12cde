import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID_PREFERENCES, parseGridPreferences, pinnedColumns } from './preferences';

describe('pinned columns', () => {
  it('pins VideoId and Title by default, also in preferences saved before pins existed', () => {
    expect(pinnedColumns(DEFAULT_GRID_PREFERENCES)).toEqual(['videoId', 'title']);
    const older = parseGridPreferences({ version: 1, hidden: [], order: [], sizes: {}, sort: [] });
    expect(older && pinnedColumns(older)).toEqual(['videoId', 'title']);
  });

  it('keeps an editor’s choice to pin nothing', () => {
    const none = parseGridPreferences({ ...DEFAULT_GRID_PREFERENCES, pinned: [] });
    expect(none && pinnedColumns(none)).toEqual([]);
  });

  it('refuses a pin of a column that does not exist', () => {
    expect(parseGridPreferences({ ...DEFAULT_GRID_PREFERENCES, pinned: ['select'] })).toBeNull();
  });
});
