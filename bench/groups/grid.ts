import type { Browser, Page } from '@playwright/test';
import { startAppServer } from '@/e2e/support/app-server';
import { translatorFor } from '@/lib/i18n/translator';
import { ensureProductionBuild, launchBrowser, signIn } from '../support/app';
import { LONG_FRAME_MS, type ScrollSummary, summarizeScroll } from '../support/frame-stats';
import { installGridProbe, probe } from '../support/grid-page';
import type { GridGeometry } from '../support/grid-probe';
import { type PeerPage, type PeerServer, startPeerServer } from '../support/peer-server';
import { pairedBaseline, pairedRatios, type RowInput, toRow } from '../support/rows';
import { quantile, summarize } from '../support/stats';
import {
  type BenchContext,
  type BenchGroup,
  type BenchRow,
  PartialResults,
  type Target,
} from '../support/types';

// The bench drives an English browser, so it finds the UI by its English texts.
const t = translatorFor('en');

/**
 * The grid in headless Chromium against the production build, signed in as an editor, beside peer grids
 * showing the same library in a box of the same size: first rows, a scroll from top to bottom (frame
 * times, and the rows each frame painted), keystrokes, a 1,000 × 3 paste and the JS heap. Every round is
 * a fresh browser context per grid, so nothing is cached between rounds; the grids take turns within a
 * round, so a slow moment of the shared machine falls on all of them.
 */

const TARGET_ROWS = 50_000;
const PASTE_ROWS = 1_000;
const KEYSTROKES = 3;
const IDLE_FRAMES = 60;
const LOAD_TIMEOUT_MS = 10 * 60_000;
const VIEWPORT = { width: 1440, height: 900 };
/** The bound on our scroll: p95 frame ÷ the idle frame's p95. */
const IDLE_RATIO_TARGET: Target = { op: 'le', threshold: 1.25, unit: '×' };
const HEAP_TARGET: Target = { op: 'le', threshold: 300, unit: 'MB' };

type GridName = 'ours' | PeerPage;

interface Contender {
  name: GridName;
  label: string;
  /** The cell editor's input, for grids whose typing and paste are measured. */
  editor: string | null;
}

const OURS: Contender = {
  name: 'ours',
  label: 'ours',
  editor: '[data-cell-editor] input, [data-cell-editor] textarea',
};
const PEERS: (Contender & { name: PeerPage })[] = [
  {
    name: 'ag-grid',
    label: 'AG Grid Community',
    editor: '[role="gridcell"] input[type="text"]',
  },
  { name: 'bare-table', label: 'bare TanStack Table + Virtual', editor: null },
];

interface ScrollRound extends ScrollSummary {
  idleP95: number;
}

interface EditRound {
  keyToEditorMs: number;
  enterToCellMs: number;
  pasteMs: number;
}

interface AppRound {
  firstRowsMs: number;
  allLoadedMs: number;
  heapMb: number;
}

interface GridRound {
  scroll: ScrollRound;
  edit: EditRound | null;
  /** What only our app reports: loading and the heap. */
  app: AppRound | null;
}

type Round = Record<GridName, GridRound>;

function pasteBlock(): string {
  return Array.from(
    { length: PASTE_ROWS },
    (_, i) => `Pasted title ${i}\tPasted description ${i}\tbench,paste-${i}`,
  ).join('\n');
}

async function cell(page: Page, row: number, col: number) {
  const locator = page.locator(
    `[role="row"][aria-rowindex="${row + 2}"] [role="gridcell"][aria-colindex="${col + 1}"]`,
  );
  await locator.scrollIntoViewIfNeeded();
  return locator;
}

async function measureScroll(page: Page, contender: Contender, rows: number, frames: number) {
  const grid = probe(page);
  const idle = await grid.idle(IDLE_FRAMES);
  const scrolled = await grid.scroll(frames, rows - 1);
  if (scrolled.lastRowRendered !== rows - 1) {
    throw new Error(
      `${contender.label}: the scroll ended at row ${scrolled.lastRowRendered}, not at the last row ${rows - 1}`,
    );
  }
  return { idleP95: quantile(idle, 0.95), ...summarizeScroll(scrolled.deltas, scrolled.painted) };
}

async function measureEdits(page: Page, editor: string): Promise<EditRound> {
  const grid = probe(page);
  await grid.scrollToTop();
  const titleCol = await grid.columnIndex(t('fields.labels.title'));
  const keyToEditor: number[] = [];
  const enterToCell: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const row = i * 2;
    await (await cell(page, row, titleCol)).click();
    await grid.armKey({ kind: 'editorValue', editor, value: 'Q' });
    await page.keyboard.press('Q');
    keyToEditor.push(await grid.keyResult());
    const text = `Quick ${row}`;
    // The rest of the word arrives as one input event: typing speed inside the editor is not measured.
    await page.keyboard.insertText(text.slice(1));
    await grid.armKey({ kind: 'cellText', row, col: titleCol, text });
    await page.keyboard.press('Enter');
    enterToCell.push(await grid.keyResult());
  }
  await (await cell(page, 0, titleCol)).click();
  const pasteMs = await grid.paste(pasteBlock(), { row: 0, col: titleCol, text: 'Pasted title 0' });
  return {
    keyToEditorMs: summarize(keyToEditor).median,
    enterToCellMs: summarize(enterToCell).median,
    pasteMs,
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heapBytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
  if (heapBytes === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
  return heapBytes / 1024 ** 2;
}

async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await installGridProbe(context);
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Our grid; also reports its scrolling box and row geometry, which the peers then get. */
function measureOurs(browser: Browser, appUrl: string, rows: number, frames: number) {
  return withPage(browser, async (page) => {
    await signIn(page, appUrl);
    await page.goto('about:blank');
    const navigated = performance.now();
    await page.goto(`${appUrl}/videos`);
    await page
      .getByText(t('videos.allLoaded', { total: rows }), { exact: true })
      .waitFor({ timeout: LOAD_TIMEOUT_MS });
    const allLoadedMs = performance.now() - navigated;
    const grid = probe(page);
    const firstRowsMs = await grid.firstRowsAt();
    if (firstRowsMs === null) throw new Error('no grid rows were painted');
    const box = await grid.geometry();
    const scroll = await measureScroll(page, OURS, rows, frames);
    const edit = await measureEdits(page, OURS.editor!);
    return { box, round: { scroll, edit, app: { firstRowsMs, allLoadedMs, heapMb: await heapMb(page) } } };
  });
}

function measurePeer(
  browser: Browser,
  peers: PeerServer,
  contender: (typeof PEERS)[number],
  rows: number,
  box: GridGeometry,
  frames: number,
): Promise<GridRound> {
  return withPage(browser, async (page) => {
    await page.goto(peers.url(contender.name, rows, box));
    await page.locator('[role="gridcell"]').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    const scroll = await measureScroll(page, contender, rows, frames);
    const edit = contender.editor ? await measureEdits(page, contender.editor) : null;
    return { scroll, edit, app: null };
  });
}

async function measureSize(
  context: BenchContext,
  browser: Browser,
  peers: PeerServer,
  rows: number,
  warmup: number,
): Promise<Round[]> {
  context.progress(`grid: starting the app with ${rows.toLocaleString('en-US')} videos`);
  const app = await startAppServer({ videos: rows });
  try {
    const frames = context.quick ? 120 : 600;
    const rounds: Round[] = [];
    for (let round = -warmup; round < context.plan.runs; round++) {
      const ours = await measureOurs(browser, app.url, rows, frames);
      const result = { ours: ours.round } as Round;
      for (const peer of PEERS) {
        result[peer.name] = await measurePeer(browser, peers, peer, rows, ours.box, frames);
      }
      if (round < 0) continue;
      rounds.push(result);
      const p95s = [OURS, ...PEERS].map(
        ({ name, label }) => `${label} ${result[name].scroll.p95.toFixed(1)} ms`,
      );
      context.progress(
        `grid: ${rows} rows, round ${round + 1}, box ${ours.box.width} × ${ours.box.height}: p95 frame ${p95s.join(', ')}`,
      );
    }
    return rounds;
  } finally {
    await app.stop();
  }
}

type Line = Omit<RowInput, 'group'>;

const EDIT_METRICS: { metric: keyof EditRound; name: string; target: Target }[] = [
  {
    metric: 'keyToEditorMs',
    name: 'keystroke → typed value painted (editor opens)',
    target: { op: 'le', threshold: 50, unit: 'ms' },
  },
  {
    metric: 'enterToCellMs',
    name: 'Enter → committed value painted in the cell',
    target: { op: 'le', threshold: 50, unit: 'ms' },
  },
  {
    metric: 'pasteMs',
    name: `paste ${PASTE_ROWS.toLocaleString('en-US')} × 3 → painted`,
    target: { op: 'le', threshold: 300, unit: 'ms' },
  },
];

function scrollLines(contender: Contender, rounds: Round[], large: boolean): Line[] {
  const scroll = rounds.map((round) => round[contender.name].scroll);
  const p95 = scroll.map((s) => s.p95);
  const idle = scroll.map((s) => s.idleP95);
  const lines: Line[] = [
    {
      name: 'p95 frame time, scrolling top to bottom',
      unit: 'ms',
      samples: p95,
      // The browser's own frame interval, measured idle in the same page and round, is the floor.
      baseline: pairedBaseline('idle frame p95', 'ms', p95, idle),
    },
  ];
  if (contender === OURS) {
    lines.push({
      name: 'p95 frame ÷ idle frame p95',
      unit: '×',
      samples: pairedRatios(p95, idle),
      ...(large ? { target: IDLE_RATIO_TARGET } : {}),
    });
  }
  lines.push(
    { name: `frames over ${LONG_FRAME_MS} ms`, unit: 'frames', samples: scroll.map((s) => s.longFrames) },
    // A fast frame proves nothing if it shows empty rows, so the frame time comes with what the frames painted.
    { name: 'rows in view painted (mean per frame)', unit: '%', samples: scroll.map((s) => s.paintedPct) },
    {
      name: 'frames painting every row in view',
      unit: '%',
      samples: scroll.map((s) => s.fullyPaintedPct),
    },
  );
  return lines.map((line) => ({ ...line, name: `${contender.label}: ${line.name}` }));
}

function rowsFor(
  rows: number,
  rounds: Round[],
  smaller: { rows: number; rounds: Round[] } | null,
): BenchRow[] {
  const label = `${rows.toLocaleString('en-US')} rows`;
  const large = rows >= TARGET_ROWS;
  const ours = (metric: keyof AppRound, from: Round[]) => from.map((round) => round.ours.app![metric]);
  const bySize = (metric: keyof AppRound, unit: string) =>
    smaller
      ? {
          baseline: pairedBaseline(
            `${smaller.rows.toLocaleString('en-US')} rows`,
            unit,
            ours(metric, rounds),
            ours(metric, smaller.rounds),
          ),
        }
      : {};

  const lines: Line[] = [
    {
      name: 'ours: navigation → first rows painted',
      unit: 'ms',
      samples: ours('firstRowsMs', rounds),
      ...bySize('firstRowsMs', 'ms'),
    },
    {
      name: 'ours: navigation → every row loaded',
      unit: 'ms',
      samples: ours('allLoadedMs', rounds),
      ...bySize('allLoadedMs', 'ms'),
    },
    ...scrollLines(OURS, rounds, large),
  ];
  const ourP95 = rounds.map((round) => round.ours.scroll.p95);
  for (const peer of PEERS) {
    lines.push(...scrollLines(peer, rounds, large), {
      name: `ours: p95 frame time beside ${peer.label}`,
      unit: 'ms',
      samples: ourP95,
      baseline: pairedBaseline(
        `${peer.label} p95`,
        'ms',
        ourP95,
        rounds.map((round) => round[peer.name].scroll.p95),
      ),
    });
  }
  for (const peer of PEERS.filter((contender) => contender.editor !== null)) {
    for (const { metric, name, target } of EDIT_METRICS) {
      const theirs = rounds.map((round) => round[peer.name].edit![metric]);
      const mine = rounds.map((round) => round.ours.edit![metric]);
      lines.push(
        {
          name: `ours: ${name}`,
          unit: 'ms',
          samples: mine,
          ...(large ? { target } : {}),
          baseline: pairedBaseline(peer.label, 'ms', mine, theirs),
        },
        { name: `${peer.label}: ${name}`, unit: 'ms', samples: theirs },
      );
    }
  }
  lines.push({
    name: 'ours: JS heap after load, scroll and edits (after GC)',
    unit: 'MB',
    samples: ours('heapMb', rounds),
    ...(large ? { target: HEAP_TARGET } : {}),
    ...bySize('heapMb', 'MB'),
  });
  return lines.map((line) => toRow({ ...line, group: 'grid', name: `${label}: ${line.name}` }));
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  ensureProductionBuild(context);
  const sizes = context.quick ? [10_000] : [10_000, TARGET_ROWS];
  const browser = await launchBrowser();
  const peers = await startPeerServer();
  try {
    const rows: BenchRow[] = [];
    let smaller: { rows: number; rounds: Round[] } | null = null;
    for (const [i, size] of sizes.entries()) {
      // One warm-up for the group: the browser and the build's code are warm by the larger size.
      const rounds = await measureSize(
        context,
        browser,
        peers,
        size,
        i === 0 ? context.plan.warmup : 0,
      ).catch((error: unknown) => {
        // The smaller size's rows still count when the larger one crashes.
        throw new PartialResults(rows, error);
      });
      rows.push(...rowsFor(size, rounds, smaller));
      smaller = { rows: size, rounds };
    }
    return rows;
  } finally {
    await peers.stop();
    await browser.close();
  }
}

export const gridGroup: BenchGroup = {
  name: 'grid',
  title: 'the grid in headless Chromium against the production build, beside AG Grid and a bare table',
  run,
};
