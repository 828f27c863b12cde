/**
 * Runs inside the page (installed as an init script, see grid-page.ts): measures the grid from the
 * browser's side, where frames and paints happen. Self-contained on purpose; it is transpiled on its own.
 */

export type KeyCondition =
  | { kind: 'editorValue'; value: string }
  | { kind: 'cellText'; row: number; col: number; text: string };

export interface GridProbe {
  /** ms from navigation start to the first frame with grid cells in it, or null before that. */
  firstRowsAt(): number | null;
  /** Frame-to-frame times of `frames` frames while nothing happens: the browser's own frame interval. */
  idle(frames: number): Promise<number[]>;
  /**
   * Scrolls the grid top to bottom in `frames` equal steps, one per frame: the frame-to-frame times, and
   * per frame the share of the rows inside the viewport that were on screen.
   */
  scroll(frames: number): Promise<{ deltas: number[]; painted: number[]; lastRowRendered: number }>;
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

const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

const cellAt = (row: number, col: number) =>
  document.querySelector<HTMLElement>(
    `[role="row"][aria-rowindex="${row + 2}"] > [role="gridcell"][aria-colindex="${col + 1}"]`,
  );

function holds(condition: KeyCondition): boolean {
  if (condition.kind === 'editorValue') {
    const editor = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      '.vg-editor input, .vg-editor textarea',
    );
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

function scroller(): HTMLElement {
  let element: HTMLElement | null = document.querySelector('[role="grid"]');
  while (element && element.scrollHeight <= element.clientHeight + 1) element = element.parentElement;
  if (!element) throw new Error('no scrollable grid');
  return element;
}

/** Of the `count` rows from `first` on, the share present in the grid. */
function paintedShare(first: number, count: number): number {
  let present = 0;
  for (const row of document.querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]')) {
    const index = Number(row.getAttribute('aria-rowindex')) - 2;
    if (index >= first && index < first + count) present++;
  }
  return present / count;
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
    let last = await nextFrame();
    const deltas: number[] = [];
    for (let i = 0; i < frames; i++) {
      const at = await nextFrame();
      deltas.push(at - last);
      last = at;
    }
    return deltas;
  },

  async scroll(frames) {
    const element = scroller();
    element.scrollTop = 0;
    await nextFrame();
    let last = await nextFrame();
    const step = (element.scrollHeight - element.clientHeight) / frames;
    // Geometry read once, before the measured frames, so the probe forces no extra layout inside them.
    const rowHeight =
      document.querySelector('[role="row"][aria-rowindex="2"]')?.getBoundingClientRect().height ?? 0;
    const headerHeight = document.querySelector('[role="columnheader"]')?.getBoundingClientRect().height ?? 0;
    if (rowHeight <= 0) throw new Error('no rendered row to measure');
    const rowsInView = Math.floor((element.clientHeight - headerHeight) / rowHeight);
    const deltas: number[] = [];
    const painted: number[] = [];
    for (let i = 1; i <= frames; i++) {
      const scrollTop = Math.round(i * step);
      element.scrollTop = scrollTop;
      const at = await nextFrame();
      deltas.push(at - last);
      last = at;
      painted.push(paintedShare(Math.ceil(scrollTop / rowHeight), rowsInView));
    }
    await nextFrame();
    // A loop, not Math.max(...cells): a grid that failed to virtualize may have more cells than arguments fit.
    let lastRowRendered = -1;
    for (const row of document.querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]')) {
      lastRowRendered = Math.max(lastRowRendered, Number(row.getAttribute('aria-rowindex')) - 2);
    }
    return { deltas, painted, lastRowRendered };
  },

  async scrollToTop() {
    scroller().scrollTop = 0;
    await frameWhen(() => cellAt(0, 0) !== null);
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
    if (!target?.closest('[role="grid"]')) throw new Error('focus a grid cell before pasting');
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
