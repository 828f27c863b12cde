import { createContext, type RefObject, useContext } from 'react';
import type { EditableField } from '@/lib/edits/fields';
import type { CategoryNode } from '@/lib/vod';
import type { CategoryIndex } from '../ops/categories';
import type { CellValue, EditStore } from './edit-store';
import type { NavStore } from './nav-store';
import type { RowCache } from './row-cache';
import type { RowSelectionStore } from './row-selection';
import type { TagOpLog } from './tag-op-log';
import type { Validator } from './validation';

export type MoveAfterCommit = 'down' | 'up' | 'right' | 'left' | 'none';

/** Stable callbacks cells and editors call; their identity never changes, so memoized cells stay put. */
export interface GridActions {
  commitEdit(videoId: string, field: EditableField, value: CellValue, move: MoveAfterCommit): void;
  cancelEdit(): void;
  toggleRow(videoId: string, rowIndex: number, isRange: boolean): void;
  revertRow(videoId: string): void;
  openConflict(videoId: string): void;
  announce(message: string): void;
  /** Scrolls the grid so the cell is fully visible below the sticky header. */
  revealCell(rowIndex: number, cell: HTMLElement): void;
}

export interface GridContextValue {
  gridId: string;
  editStore: EditStore;
  /** The loaded row of every video seen this session; whatever adds videos to the edit store adds them here. */
  rowCache: RowCache;
  /** Bulk "Add tags"/"Remove tags" per video, sent as operations. */
  tagOps: TagOpLog;
  navStore: NavStore;
  selection: RowSelectionStore;
  validator: Validator;
  categories: CategoryIndex;
  categoryRoots: readonly CategoryNode[];
  canEdit: boolean;
  actions: GridActions;
  /** Whether DOM focus belongs in the grid, so a newly focused cell may take it. */
  hasDomFocus: RefObject<boolean>;
}

export const GridContext = createContext<GridContextValue | null>(null);

export function useGridContext(): GridContextValue {
  const context = useContext(GridContext);
  if (context === null) throw new Error('Grid parts must render inside <VideoGrid>.');
  return context;
}
