/**
 * Runs inside the page (installed as an init script, see grid-page.ts): measures the grid from the
 * browser's side, where frames and paints happen. Self-contained on purpose; it is transpiled on its own.
 */

export type KeyCondition =
  /** `editor` selects the grid's cell editor input. */
  | { kind: 'editorValue'; editor: string; value: string }
  | { kind: 'cellText'; row: number; col: number; text: string };

export interface GridGeometry {
  width: number;
  height: number;
  rowHeight: number;
  headerHeight: number;
}

export interface GridProbe {
  /** ms from navigation start to the first frame with grid cells in it, or null before that. */
  firstRowsAt(): number | null;
  /** Frame-to-frame times of `frames` frames while nothing happens: the browser's own frame interval. */
  idle(frames: number): Promise<number[]>;
  /** The grid's scrolling box and its row and header heights, as laid out. */
  geometry(): GridGeometry;
  /**
   * Scrolls the grid top to bottom in `frames` equal steps, one per frame, each set in a task between
   * frames as a scroll event arrives: the frame-to-frame times, and per frame the share of the rows
   * inside the viewport that were in the grid when that frame was laid out, before its paint. It starts
   * once the grid's scroll height has settled and, after the last step, waits for row `lastRow` to be
   * rendered (or the timeout) before reading the last row rendered.
   */
  scroll(
    frames: number,
    lastRow: number,
  ): Promise<{ deltas: number[]; painted: number[]; lastRowRendered: number }>;
  /** Scrolls the grid back to its first row and waits for the frame showing it. */
  scrollToTop(): Promise<void>;
  /** Starts waiting for the next keydown's effect to be on screen; collect it with keyResult(). */
  armKey(condition: KeyCondition): void;
  /** ms from the armed keydown to the first frame showing its effect. */
  keyResult(): Promise<number>;
  /** Dispatches a paste of `tsv` on the focused cell; ms until the frame showing `expect` in its cell. */
  paste(tsv: string, expect: { row: number; col: number; text: string }): Promise<number>;
  /** The index of the column whose header reads `label`. */
  columnIndex(label: string): number;
}

const TIMEOUT_MS = 30_000;
/** Frames a grid's scroll height must hold still before the scroll starts. */
const SETTLED_FRAMES = 10;

const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

const cellAt = (row: number, col: number) =>
  document.querySelector<HTMLElement>(
    `[role="row"][aria-rowindex="${row + 2}"] [role="gridcell"][aria-colindex="${col + 1}"]`,
  );

function holds(condition: KeyCondition): boolean {
  if (condition.kind === 'editorValue') {
    const editor = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(condition.editor);
    return editor?.value === condition.value;
  }
  return cellAt(condition.row, condition.col)?.textContent?.includes(condition.text) ?? false;
}

/** The first animation frame (its callback time) in which `check` holds: the frame about to be painted. */
async function frameWhen(check: () => boolean): Promise<number> {
  const deadline = performance.now() + TIMEOUT_MS;
  for (;;) {
    const at = await nextFrame();
    if (check()) return at;
    if (at > deadline) throw new Error('the grid did not show the expected value in time');
  }
}

/**
 * Resolves once `read()` has returned the same value for SETTLED_FRAMES frames in a row, with that value;
 * at the timeout, with the last value read. Peer grids build their rows over later frames of their own (AG
 * Grid in its animation-frame queue, which a loaded machine stretches over many frames), so the probe waits
 * for them rather than for a fixed number of frames.
 */
async function settled<T>(read: () => T): Promise<T> {
  const deadline = performance.now() + TIMEOUT_MS;
  let value = read();
  let still = 0;
  while (still < SETTLED_FRAMES) {
    const at = await nextFrame();
    const next = read();
    still = Object.is(next, value) ? still + 1 : 0;
    value = next;
    if (at > deadline) break;
  }
  return value;
}

/** The highest row index among the rows in the grid, -1 without rows. */
function lastRenderedRow(): number {
  // A loop, not Math.max(...rows): a grid that failed to virtualize may have more rows than arguments fit.
  let last = -1;
  for (const row of document.querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]')) {
    last = Math.max(last, Number(row.getAttribute('aria-rowindex')) - 2);
  }
  return last;
}

/**
 * Sets `element`'s scroll offset to `offset()` every frame until `done()` holds in a frame; whether it did
 * before the timeout. Setting it again each frame follows a grid that grows its scroll height meanwhile, and
 * every SETTLED_FRAMES frames the scroll steps a pixel off for one frame, which sends the grid a fresh scroll
 * event: AG Grid ignores its viewport's scroll events for 150 ms after one from its own scrollbar, and on a
 * loaded machine a long frame lets that echo in, so it can drop a step and wait for another event.
 */
async function scrollUntil(
  element: HTMLElement,
  offset: () => number,
  done: () => boolean,
): Promise<boolean> {
  const deadline = performance.now() + TIMEOUT_MS;
  for (let frame = 1; ; frame++) {
    const target = offset();
    element.scrollTop = frame % SETTLED_FRAMES === 0 ? Math.abs(target - 1) : target;
    const at = await nextFrame();
    if (done()) return true;
    if (at > deadline) return false;
  }
}

/**
 * The grid's scrolling element: in or around the grid, holding its rows, with the most to scroll. Peer
 * grids scroll an inner viewport, ours an ancestor of the grid element.
 */
function scroller(): HTMLElement {
  const grid = document.querySelector<HTMLElement>('[role="grid"], [role="treegrid"]');
  if (!grid) throw new Error('no grid');
  const candidates = [...grid.querySelectorAll<HTMLElement>('*')];
  for (let element: HTMLElement | null = grid; element; element = element.parentElement)
    candidates.push(element);
  let best: HTMLElement | null = null;
  let bestRange = 1;
  for (const element of candidates) {
    const range = element.scrollHeight - element.clientHeight;
    const { overflowY } = getComputedStyle(element);
    if (range <= bestRange || (overflowY !== 'auto' && overflowY !== 'scroll')) continue;
    if (!element.querySelector('[role="row"][aria-rowindex]')) continue;
    best = element;
    bestRange = range;
  }
  if (!best) throw new Error('no scrollable grid');
  return best;
}

/**
 * Of the `count` rows from `first` on, the share in the grid with cells in them. A row counts once, however
 * many elements carry its index (a grid may split a row into one element per pinned section).
 */
function paintedShare(first: number, count: number): number {
  const present = new Set<number>();
  for (const row of document.querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]')) {
    const index = Number(row.getAttribute('aria-rowindex')) - 2;
    if (index >= first && index < first + count && row.querySelector('[role="gridcell"]')) present.add(index);
  }
  return present.size / count;
}

/**
 * Runs frames as a page sees scroll events: `step(i)` runs in a task between frames (posted from the
 * previous frame's animation frame callback), then frame i renders it. `check()` runs in frame i's
 * ResizeObserver callback, which the browser calls after that frame's layout and before its paint: it sees
 * what the frame paints. The observed element changes size in every animation frame callback, so every
 * frame has that callback. Resolves with the frame-to-frame times (the last one spans the last step's
 * paint) and each step's check.
 */
function runFrames(
  steps: number,
  step: (i: number) => void,
  check: () => number,
): Promise<{ deltas: number[]; checks: number[] }> {
  const sentinel = document.createElement('div');
  sentinel.style.cssText =
    'position:fixed;left:0;top:0;width:1px;height:1px;visibility:hidden;pointer-events:none';
  document.body.append(sentinel);
  return new Promise((resolve) => {
    const deltas: number[] = [];
    const checks: number[] = [];
    let stepped = 0;
    let last: number | null = null;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      stepped++;
      step(stepped);
    };
    const observer = new ResizeObserver(() => {
      if (checks.length < stepped) checks.push(check());
    });
    observer.observe(sentinel);
    const onFrame = (at: number) => {
      if (last !== null) deltas.push(at - last);
      last = at;
      if (checks.length === steps) {
        observer.disconnect();
        channel.port1.close();
        sentinel.remove();
        resolve({ deltas, checks });
        return;
      }
      sentinel.style.width = `${1 + (deltas.length % 2)}px`;
      if (stepped < steps) channel.port2.postMessage(null);
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  });
}

let firstRowsAt: number | null = null;
const watchFirstRows = () => {
  requestAnimationFrame((at) => {
    if (document.querySelector('[role="gridcell"]')) firstRowsAt = at;
    else watchFirstRows();
  });
};
watchFirstRows();

let armed: Promise<number> | null = null;

const probe: GridProbe = {
  firstRowsAt: () => firstRowsAt,

  async idle(frames) {
    const { deltas } = await runFrames(
      frames,
      () => {},
      () => 1,
    );
    return deltas;
  },

  geometry() {
    const element = scroller();
    return {
      width: element.clientWidth,
      height: element.clientHeight,
      rowHeight:
        document.querySelector('[role="row"][aria-rowindex="2"]')?.getBoundingClientRect().height ?? 0,
      headerHeight: document.querySelector('[role="columnheader"]')?.getBoundingClientRect().height ?? 0,
    };
  },

  async scroll(frames, lastRow) {
    const element = scroller();
    element.scrollTop = 0;
    await settled(() => element.scrollHeight);
    const step = (element.scrollHeight - element.clientHeight) / frames;
    // Geometry read once, before the measured frames, so the probe forces no extra layout inside them.
    const rowHeight =
      document.querySelector('[role="row"][aria-rowindex="2"]')?.getBoundingClientRect().height ?? 0;
    if (rowHeight <= 0) throw new Error('no rendered row to measure');
    // The header may sit inside the scroller (sticky) or above it; rows show below both tops.
    const scrollerBox = element.getBoundingClientRect();
    const headerBottom = document.querySelector('[role="columnheader"]')?.getBoundingClientRect().bottom ?? 0;
    const rowsInView = Math.floor(
      (scrollerBox.top + element.clientHeight - Math.max(scrollerBox.top, headerBottom)) / rowHeight,
    );
    let scrollTop = 0;
    const { deltas, checks } = await runFrames(
      frames,
      (i) => {
        scrollTop = Math.round(i * step);
        element.scrollTop = scrollTop;
      },
      () => paintedShare(Math.ceil(scrollTop / rowHeight), rowsInView),
    );
    // After the last step: scrolled to the end until row `lastRow` is rendered, or the timeout.
    await scrollUntil(
      element,
      () => element.scrollHeight - element.clientHeight,
      () => lastRenderedRow() >= lastRow,
    );
    return { deltas, painted: checks, lastRowRendered: lastRenderedRow() };
  },

  async scrollToTop() {
    const shown = await scrollUntil(
      scroller(),
      () => 0,
      () => cellAt(0, 0) !== null,
    );
    if (!shown) throw new Error('the grid did not show its first row in time');
  },

  armKey(condition) {
    armed = new Promise<number>((resolve, reject) => {
      window.addEventListener(
        'keydown',
        (event) => {
          frameWhen(() => holds(condition)).then((at) => resolve(at - event.timeStamp), reject);
        },
        { capture: true, once: true },
      );
    });
  },

  keyResult() {
    if (!armed) return Promise.reject(new Error('armKey was not called'));
    const result = armed;
    armed = null;
    return result;
  },

  async paste(tsv, expect) {
    const target = document.activeElement;
    if (!target?.closest('[role="grid"], [role="treegrid"]'))
      throw new Error('focus a grid cell before pasting');
    const data = new DataTransfer();
    data.setData('text/plain', tsv);
    const started = performance.now();
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    const at = await frameWhen(
      () => cellAt(expect.row, expect.col)?.textContent?.includes(expect.text) ?? false,
    );
    return at - started;
  },

  columnIndex(label) {
    const headers = [...document.querySelectorAll<HTMLElement>('[role="columnheader"]')];
    const header = headers.find((element) => element.textContent?.trim().startsWith(label));
    if (!header) throw new Error(`no column header "${label}"`);
    const ariaIndex = Number(header.getAttribute('aria-colindex'));
    return Number.isInteger(ariaIndex) && ariaIndex > 0 ? ariaIndex - 1 : headers.indexOf(header);
  },
};

(window as unknown as { __benchGrid: GridProbe }).__benchGrid = probe;
