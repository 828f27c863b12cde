import { type EditableField, type EditableValues, type FieldChanges, fieldEquals } from '@/lib/edits/fields';

/**
 * The grid's unsaved edits: loaded values (base), the cells that differ from them, and undo/redo
 * history. Everything is keyed by video id and field, never by row position, so edits and history
 * survive sorting, filtering and rows streaming in. A pure reducer computes each next state; the store
 * around it notifies only the rows an action touched, so a keystroke re-renders one cell.
 */

export type CellValue = EditableValues[EditableField];

export interface CellWrite {
  videoId: string;
  field: EditableField;
  value: CellValue;
}

export interface CellPatch {
  videoId: string;
  field: EditableField;
  before: CellValue;
  after: CellValue;
}

export type StepKind =
  | 'edit'
  | 'paste'
  | 'fill'
  | 'clear'
  | 'bulk'
  | 'import'
  | 'revert'
  | 'restore'
  | 'takeTheirs';

export interface HistoryStep {
  kind: StepKind;
  patches: readonly CellPatch[];
}

export interface LoadedVideo extends EditableValues {
  id: string;
}

export interface EditState {
  /** Values as loaded from VOD, or as last saved. */
  base: ReadonlyMap<string, EditableValues>;
  /** Per video, only the fields whose value differs from base. */
  edits: ReadonlyMap<string, FieldChanges>;
  undo: readonly HistoryStep[];
  redo: readonly HistoryStep[];
  /** Number of changed cells across all videos. */
  changeCount: number;
  /** Bumps on every change, and is never reused: it names one state, even among states built and dropped. */
  version: number;
  /** The version of the state this one was built from (what `touched` is relative to); null for a fresh one. */
  basedOn: number | null;
  /** Bumps when any Reference ID may have changed, which is when duplicates need rechecking. */
  referenceVersion: number;
  /** Videos whose cells the last action changed; null when it may have changed any. */
  touched: readonly string[] | null;
}

/**
 * Writes cells as one undoable step. `load` first adds videos the grid has not loaded (an import looked
 * them up, or a restored draft brought them along), so their cells can be written too.
 */
export interface WriteAction {
  type: 'write';
  kind: StepKind;
  writes: readonly CellWrite[];
  load?: readonly LoadedVideo[];
}

export type EditAction =
  | { type: 'load'; videos: readonly LoadedVideo[] }
  | WriteAction
  /** Swaps in a state stageWrite built from `from`; ignored when the state is no longer `from`. */
  | { type: 'staged'; from: EditState; next: EditState }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'revertRows'; videoIds: readonly string[] }
  /** Saved (or VOD's current) values become the base; edits equal to them disappear. */
  | {
      type: 'rebase';
      entries: readonly { videoId: string; values: FieldChanges; settled?: readonly EditableField[] }[];
    }
  /** Takes VOD's current values for a conflicting video: rebase, then set the cells to them as one step. */
  | { type: 'takeTheirs'; videoId: string; current: FieldChanges }
  | { type: 'discardAll' };

/** History caps: a bulk action over 50,000 videos is one step with 50,000 patches. */
export const HISTORY_LIMITS = { steps: 100, patches: 600_000 } as const;

export function initialEditState(): EditState {
  return {
    base: new Map(),
    edits: new Map(),
    undo: [],
    redo: [],
    changeCount: 0,
    version: 0,
    basedOn: null,
    referenceVersion: 0,
    touched: [],
  };
}

const hasOwn = (changes: FieldChanges | undefined, field: EditableField): boolean =>
  changes !== undefined && Object.hasOwn(changes, field);

const equals = (field: EditableField, a: CellValue, b: CellValue): boolean =>
  fieldEquals(field, a as never, b as never);

/** The value a cell shows: its edit if any, else its base. Undefined for a video not loaded. */
export function currentValue(state: EditState, videoId: string, field: EditableField): CellValue | undefined {
  const changes = state.edits.get(videoId);
  if (hasOwn(changes, field)) return changes![field];
  return state.base.get(videoId)?.[field];
}

/** Whether the cell differs from its base value. */
export function isChanged(state: EditState, videoId: string, field: EditableField): boolean {
  return hasOwn(state.edits.get(videoId), field);
}

/** The loaded values of the changed fields only. */
export function baseOfChanges(base: EditableValues, changes: FieldChanges): FieldChanges {
  const picked: Record<string, unknown> = {};
  for (const field of Object.keys(changes) as EditableField[]) picked[field] = base[field];
  return picked as FieldChanges;
}

// Shared by every store, so that no two states anywhere carry the same version.
let lastVersion = 0;

/**
 * Copy-on-write access to one action's next state: maps and per-video change objects are copied at
 * most once per action, so unchanged videos keep their identity (validation caches rely on that).
 */
class Transaction {
  private base: Map<string, EditableValues> | null = null;
  private edits: Map<string, FieldChanges> | null = null;
  private readonly copiedEdits = new Set<string>();
  private readonly copiedBase = new Set<string>();
  private readonly touched = new Set<string>();
  private changeCount: number;
  private referenceTouched = false;

  constructor(private readonly state: EditState) {
    this.changeCount = state.changeCount;
  }

  get baseMap(): ReadonlyMap<string, EditableValues> {
    return this.base ?? this.state.base;
  }

  get editsMap(): ReadonlyMap<string, FieldChanges> {
    return this.edits ?? this.state.edits;
  }

  current(videoId: string, field: EditableField): CellValue | undefined {
    const changes = this.editsMap.get(videoId);
    if (hasOwn(changes, field)) return changes![field];
    return this.baseMap.get(videoId)?.[field];
  }

  /** Sets a cell's value; returns the patch, or null when the video is not loaded or nothing changed. */
  set(videoId: string, field: EditableField, value: CellValue): CellPatch | null {
    const baseValues = this.baseMap.get(videoId);
    if (baseValues === undefined) return null;
    const before = this.current(videoId, field) as CellValue;
    if (equals(field, before, value)) return null;
    this.writeEdit(videoId, field, value, baseValues);
    return { videoId, field, before, after: value };
  }

  private writeEdit(videoId: string, field: EditableField, value: CellValue, baseValues: EditableValues) {
    this.edits ??= new Map(this.state.edits);
    const existing = this.edits.get(videoId);
    let changes: Record<string, unknown>;
    if (this.copiedEdits.has(videoId)) changes = existing as Record<string, unknown>;
    else {
      changes = { ...existing };
      this.copiedEdits.add(videoId);
    }
    const had = Object.hasOwn(changes, field);
    if (equals(field, baseValues[field], value)) {
      delete changes[field];
      if (had) this.changeCount--;
    } else {
      changes[field] = value;
      if (!had) this.changeCount++;
    }
    if (Object.keys(changes).length === 0) this.edits.delete(videoId);
    else this.edits.set(videoId, changes as FieldChanges);
    this.markTouched(videoId, field);
  }

  /**
   * Replaces base values; an edit now equal to its new base stops being a change, and so does the edit of
   * a `settled` field (one a save applied as an operation, whose result VOD decided).
   */
  rebase(videoId: string, values: FieldChanges, settled: readonly EditableField[] = []) {
    const baseValues = this.baseMap.get(videoId);
    if (baseValues === undefined) return;
    this.base ??= new Map(this.state.base);
    const next = (this.copiedBase.has(videoId) ? baseValues : { ...baseValues }) as EditableValues;
    this.copiedBase.add(videoId);
    Object.assign(next, values);
    this.base.set(videoId, next);
    const changes = this.editsMap.get(videoId);
    for (const field of Object.keys(values) as EditableField[]) {
      if (settled.includes(field)) this.writeEdit(videoId, field, next[field], next);
      else if (hasOwn(changes, field)) this.writeEdit(videoId, field, changes![field] as CellValue, next);
      else this.markTouched(videoId, field);
    }
  }

  load(video: LoadedVideo) {
    const existing = this.baseMap.get(video.id);
    if (existing === video) return;
    // A reloaded video keeps its original base while it has edits, so "before" stays what the viewer saw.
    if (existing !== undefined && this.editsMap.has(video.id)) return;
    this.base ??= new Map(this.state.base);
    this.base.set(video.id, video);
    this.copiedBase.delete(video.id);
    this.touched.add(video.id);
    this.referenceTouched = true;
  }

  clearAll() {
    this.edits = new Map();
    this.changeCount = 0;
    this.referenceTouched = true;
    for (const videoId of this.state.edits.keys()) this.touched.add(videoId);
  }

  private markTouched(videoId: string, field: EditableField) {
    this.touched.add(videoId);
    if (field === 'referenceId') this.referenceTouched = true;
  }

  finish(history: Pick<EditState, 'undo' | 'redo'>, touchedAll = false): EditState {
    const changed =
      this.base !== null ||
      this.edits !== null ||
      history.undo !== this.state.undo ||
      history.redo !== this.state.redo;
    if (!changed) return this.state;
    return {
      base: this.baseMap,
      edits: this.editsMap,
      undo: history.undo,
      redo: history.redo,
      changeCount: this.changeCount,
      version: ++lastVersion,
      basedOn: this.state.version,
      referenceVersion: this.state.referenceVersion + (this.referenceTouched ? 1 : 0),
      touched: touchedAll ? null : [...this.touched],
    };
  }
}

function trimHistory(steps: HistoryStep[]): HistoryStep[] {
  let total = steps.reduce((sum, step) => sum + step.patches.length, 0);
  let start = Math.max(0, steps.length - HISTORY_LIMITS.steps);
  for (let i = 0; i < start; i++) total -= steps[i]!.patches.length;
  while (start < steps.length - 1 && total > HISTORY_LIMITS.patches) {
    total -= steps[start]!.patches.length;
    start++;
  }
  return start === 0 ? steps : steps.slice(start);
}

/** A write step being built a slice at a time; see stageWrite. */
export interface StagedWrite {
  /** Applies writes[start..end) to the step. */
  add(start: number, end: number): void;
  /** The state with every added write, as one undoable step. */
  finish(): EditState;
}

function stageWith(
  state: EditState,
  tx: Transaction,
  kind: StepKind,
  writes: readonly CellWrite[],
): StagedWrite {
  const patches: CellPatch[] = [];
  return {
    add(start, end) {
      for (let i = start; i < end; i++) {
        const write = writes[i]!;
        const patch = tx.set(write.videoId, write.field, write.value);
        if (patch) patches.push(patch);
      }
    },
    finish() {
      if (patches.length === 0) return tx.finish(state);
      return tx.finish({ undo: trimHistory([...state.undo, { kind, patches }]), redo: [] });
    },
  };
}

/**
 * The `write` action's next state built in slices, for writes too many for one task (an import of 100,000
 * cells): the caller adds them a slice at a time and dispatches `staged` with the result, which the store
 * takes as one step only if its state is still `state`.
 */
export function stageWrite(state: EditState, action: Omit<WriteAction, 'type'>): StagedWrite {
  const tx = new Transaction(state);
  for (const video of action.load ?? []) tx.load(video);
  return stageWith(state, tx, action.kind, action.writes);
}

function applyWrites(
  state: EditState,
  tx: Transaction,
  kind: StepKind,
  writes: readonly CellWrite[],
): EditState {
  const staged = stageWith(state, tx, kind, writes);
  staged.add(0, writes.length);
  return staged.finish();
}

/** The pure reducer behind the edit store. */
export function editReducer(state: EditState, action: EditAction): EditState {
  const tx = new Transaction(state);
  switch (action.type) {
    case 'load':
      for (const video of action.videos) tx.load(video);
      return tx.finish(state);
    case 'write':
      for (const video of action.load ?? []) tx.load(video);
      return applyWrites(state, tx, action.kind, action.writes);
    case 'staged':
      return state === action.from ? action.next : state;
    case 'undo': {
      const step = state.undo.at(-1);
      if (step === undefined) return state;
      for (let i = step.patches.length - 1; i >= 0; i--) {
        const patch = step.patches[i]!;
        tx.set(patch.videoId, patch.field, patch.before);
      }
      return tx.finish({ undo: state.undo.slice(0, -1), redo: [...state.redo, step] });
    }
    case 'redo': {
      const step = state.redo.at(-1);
      if (step === undefined) return state;
      for (const patch of step.patches) tx.set(patch.videoId, patch.field, patch.after);
      return tx.finish({ undo: [...state.undo, step], redo: state.redo.slice(0, -1) });
    }
    case 'revertRows': {
      const writes: CellWrite[] = [];
      for (const videoId of action.videoIds) {
        const changes = state.edits.get(videoId);
        const base = state.base.get(videoId);
        if (changes === undefined || base === undefined) continue;
        for (const field of Object.keys(changes) as EditableField[]) {
          writes.push({ videoId, field, value: base[field] });
        }
      }
      return applyWrites(state, tx, 'revert', writes);
    }
    case 'rebase':
      for (const entry of action.entries) tx.rebase(entry.videoId, entry.values, entry.settled);
      return tx.finish(state);
    case 'takeTheirs': {
      tx.rebase(action.videoId, action.current);
      const writes = (Object.keys(action.current) as EditableField[]).map((field) => ({
        videoId: action.videoId,
        field,
        value: action.current[field] as CellValue,
      }));
      return applyWrites(state, tx, 'takeTheirs', writes);
    }
    case 'discardAll':
      tx.clearAll();
      return tx.finish({ undo: [], redo: [] }, true);
  }
}

type Listener = () => void;

export interface EditStore {
  getState(): EditState;
  dispatch(action: EditAction): void;
  /** Called after every change. */
  subscribe(listener: Listener): () => void;
  /** Called after changes that touch this video's cells. */
  subscribeVideo(videoId: string, listener: Listener): () => void;
}

/** Wraps the reducer in a store that notifies per video. */
export function createEditStore(initial: EditState = initialEditState()): EditStore {
  let state = initial;
  const listeners = new Set<Listener>();
  const videoListeners = new Map<string, Set<Listener>>();

  const notifyVideo = (videoId: string) => {
    const set = videoListeners.get(videoId);
    if (set) for (const listener of set) listener();
  };

  return {
    getState: () => state,
    dispatch(action) {
      const next = editReducer(state, action);
      if (next === state) return;
      state = next;
      if (next.touched === null) for (const videoId of videoListeners.keys()) notifyVideo(videoId);
      else for (const videoId of next.touched) notifyVideo(videoId);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeVideo(videoId, listener) {
      let set = videoListeners.get(videoId);
      if (!set) {
        set = new Set();
        videoListeners.set(videoId, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) videoListeners.delete(videoId);
      };
    },
  };
}
