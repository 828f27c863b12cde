import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type Download, expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { startAppServer } from '@/e2e/support/app-server';
import { translatorFor } from '@/lib/i18n/translator';
import { readSheetFile } from '@/lib/spreadsheet/read-file';
import { ensureProductionBuild, launchBrowser, signIn } from '../support/app';
import { pairedRatios, type RowInput, toRow } from '../support/rows';
import { summarize } from '../support/stats';
import type { BenchContext, BenchGroup, BenchRow, Target } from '../support/types';

/**
 * The spreadsheet round trip in headless Chromium against the production build, with every video of the
 * library loaded in the grid: export the view as CSV and as XLSX (click → download), then import a file
 * that changes every row's title (file chosen → preview shown: read in the worker, look-ups, every row
 * checked) and apply it (Apply → the grid counts the changes), with the longest main-thread task during
 * each export and each whole import from a PerformanceObserver('longtask').
 * One page serves every round; each import is undone (one step), so the grid is the same in every round. The
 * floor beside each import: lib/spreadsheet's reader on the same file in Node, in the same round; beside
 * each longest task, the longest task of a plain busy loop cut in 8 ms slices on the same page, which on a
 * shared machine is far over 50 ms when the thread waits for a core.
 */

const FULL_ROWS = 100_000;
const QUICK_ROWS = 2_000;
const LOAD_TIMEOUT_MS = 15 * 60_000;
const STEP_TIMEOUT_MS = 5 * 60_000;
// The bench drives an English browser, so it finds the UI by its English texts.
const english = translatorFor('en');
const t = translatorFor('en', 'spreadsheet');
const noChanges = english('grid.noChanges');
const applyButton = /^Apply changes to /;

interface Round {
  exportCsvMs: number;
  exportCsvLongestMs: number;
  exportXlsxMs: number;
  exportXlsxLongestMs: number;
  importCsvMs: number;
  applyCsvMs: number;
  importCsvLongestMs: number;
  importXlsxMs: number;
  applyXlsxMs: number;
  importXlsxLongestMs: number;
  /** The same reader (lib/spreadsheet) on the same file in Node, no page, no checks: the floor. */
  readCsvNodeMs: number;
  /** The longest task of a busy loop cut in 8 ms slices on the same page: the floor of sliced work now. */
  slicedLoopLongestMs: number;
  readXlsxNodeMs: number;
}

/** Times lib/spreadsheet's reader on a file in this Node process. */
async function readInNode(file: string): Promise<number> {
  const blob = Object.assign(new Blob([readFileSync(file)]), { name: path.basename(file) });
  const started = performance.now();
  const result = await readSheetFile(blob);
  if (result.ok !== true) throw new Error(`reading ${file} in Node failed`);
  return performance.now() - started;
}

interface TaskProbe {
  start: number | null;
  /** When each awaited end appeared, in order; the probe ends at the last. */
  marks: number[];
  /** The first click after the first mark (an import's Apply). */
  clickAfterFirst: number | null;
  end: number | null;
  longest: number;
}

/**
 * What the probe waits for: an element matching `selector`, optionally once its text is no longer
 * `textOtherThan`; or, with `absent`, no element matching it.
 */
interface ProbeEnd {
  selector: string;
  textOtherThan?: string;
  absent?: boolean;
}

declare global {
  interface Window {
    __sheetProbe?: TaskProbe;
    __sheetProbeStop?: () => void;
  }
}

/**
 * Starts watching the main thread's long tasks: from now (an export's click) or from the file input's
 * change event (an import), until each of `ends` has appeared in turn or the probe is read.
 */
function armTaskProbe(page: Page, options: { startOnFileChange: boolean; ends?: ProbeEnd[] }): Promise<void> {
  return page.evaluate(({ startOnFileChange, ends }) => {
    const probe: TaskProbe = {
      start: startOnFileChange ? null : performance.now(),
      marks: [],
      clickAfterFirst: null,
      end: null,
      longest: 0,
    };
    window.__sheetProbe = probe;
    if (startOnFileChange) {
      document.addEventListener(
        'change',
        (event) => {
          if ((event.target as HTMLInputElement).type === 'file') probe.start = performance.now();
        },
        { capture: true, once: true },
      );
    }
    // No named functions in here: the bench's loader wraps them in a helper the page does not have.
    document.addEventListener(
      'click',
      () => {
        if (probe.marks.length > 0) probe.clickAfterFirst ??= performance.now();
      },
      { capture: true },
    );
    // Entries arrive after their task ends, so they are judged by when they started, not when they arrive.
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (probe.start === null || entry.startTime < probe.start) continue;
        if (probe.end !== null && entry.startTime >= probe.end) continue;
        probe.longest = Math.max(probe.longest, entry.duration);
      }
    });
    tasks.observe({ type: 'longtask', buffered: false });
    window.__sheetProbeStop = () => tasks.disconnect();
    if (ends === undefined || ends.length === 0) return;
    const ended = new MutationObserver(() => {
      for (let next = ends[probe.marks.length]; next !== undefined; next = ends[probe.marks.length]) {
        const element = document.querySelector(next.selector);
        const isReached = next.absent
          ? element === null
          : element !== null &&
            (next.textOtherThan === undefined || element.textContent !== next.textOtherThan);
        if (!isReached) break;
        probe.marks.push(performance.now());
      }
      if (probe.marks.length === ends.length) {
        probe.end = probe.marks.at(-1)!;
        ended.disconnect();
      }
    });
    ended.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['open'],
    });
  }, options);
}

/** The probe once its last long tasks have been reported; an open end closes now. */
async function readTaskProbe(page: Page): Promise<TaskProbe> {
  await page.waitForTimeout(600);
  return page.evaluate(() => {
    const probe = window.__sheetProbe!;
    probe.end ??= performance.now();
    window.__sheetProbeStop?.();
    return { ...probe };
  });
}

async function exportOnce(
  page: Page,
  format: 'csv' | 'xlsx',
): Promise<{ ms: number; longestMs: number; download: Download }> {
  await page.getByRole('button', { name: t('exportButton') }).click();
  const dialog = page.getByRole('dialog', { name: t('export.title') });
  await dialog.getByRole('radio', { name: format === 'csv' ? t('export.csv') : t('export.xlsx') }).check();
  await armTaskProbe(page, { startOnFileChange: false });
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }),
    dialog.getByRole('button', { name: t('export.submit'), exact: true }).click(),
  ]);
  const ms = performance.now() - started;
  await dialog.waitFor({ state: 'detached' });
  const probe = await readTaskProbe(page);
  return { ms, longestMs: probe.longest, download };
}

/**
 * Imports a file that changes every row and applies it: file chosen → preview (read in the worker,
 * look-ups, every row checked), then Apply → the grid's change count shows the changes, with the longest
 * main-thread task over the whole of it, up to the dialog's closing. Undo (one step) then takes the import back for the next round.
 */
async function importOnce(
  page: Page,
  file: string,
): Promise<{ ms: number; applyMs: number; longestMs: number }> {
  await page.getByRole('button', { name: t('importButton') }).click();
  const dialog = page.getByRole('dialog', { name: t('import.title') });
  const summary = page.getByTestId('change-summary');
  await armTaskProbe(page, {
    startOnFileChange: true,
    ends: [
      { selector: '[data-testid="import-summary"]' },
      { selector: '[data-testid="change-summary"]', textOtherThan: noChanges },
      { selector: 'dialog[open]', absent: true },
    ],
  });
  await dialog.getByLabel(t('import.fileLabel')).setInputFiles(file);
  await dialog.getByTestId('import-summary').waitFor({ timeout: STEP_TIMEOUT_MS });
  await dialog.getByRole('button', { name: applyButton }).click();
  await expect(summary).not.toHaveText(noChanges, { timeout: STEP_TIMEOUT_MS });
  await dialog.waitFor({ state: 'detached' });
  const probe = await readTaskProbe(page);
  const [previewAt, shownAt] = probe.marks;
  if (
    probe.start === null ||
    previewAt === undefined ||
    shownAt === undefined ||
    probe.clickAfterFirst === null
  )
    throw new Error('the import probe saw no start, preview, Apply click or changes');
  await page.getByRole('button', { name: english('grid.undo') }).click();
  await expect(summary).toHaveText(noChanges, { timeout: STEP_TIMEOUT_MS });
  return { ms: previewAt - probe.start, applyMs: shownAt - probe.clickAfterFirst, longestMs: probe.longest };
}

const SLICED_LOOP_MS = 3_000;

/**
 * Runs pure computation on the page for SLICED_LOOP_MS in 8 ms slices, yielding between them as the
 * import does, and returns its longest task. On a quiet machine that is under 50 ms; on a shared one the
 * slices stretch as the thread waits for a core, and this is the least any sliced work can show.
 */
function slicedLoopLongest(page: Page): Promise<number> {
  return page.evaluate(async (duration) => {
    let longest = 0;
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    tasks.observe({ type: 'longtask', buffered: false });
    const end = performance.now() + duration;
    let sink = 0;
    while (performance.now() < end) {
      const sliceStart = performance.now();
      while (performance.now() - sliceStart < 8) sink += Math.sqrt(sink + 1);
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 600));
    tasks.disconnect();
    return sink >= 0 ? longest : -1;
  }, SLICED_LOOP_MS);
}

/** From the exported CSV, the files to import: every title changed, as CSV and as XLSX. */
async function writeImportFiles(download: Download, dir: string): Promise<{ csv: string; xlsx: string }> {
  const exported = path.join(dir, 'exported.csv');
  await download.saveAs(exported);
  const parsed = Papa.parse<string[]>(readFileSync(exported, 'utf8').replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  });
  const [headers, ...rows] = parsed.data;
  const title = headers!.indexOf('Title');
  const edited = rows.map((row) => row.map((cell, i) => (i === title ? `${cell} (bench)` : cell)));
  const csv = path.join(dir, 'import.csv');
  writeFileSync(csv, `\uFEFF${Papa.unparse([headers!, ...edited])}`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Videos');
  sheet.addRow(headers!);
  sheet.addRows(edited);
  const xlsx = path.join(dir, 'import.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  return { csv, xlsx };
}

async function measure(context: BenchContext, browser: Browser, rows: number): Promise<Round[]> {
  context.progress(`spreadsheet: starting the app with ${rows.toLocaleString('en-US')} videos`);
  const app = await startAppServer({ videos: rows });
  const dir = mkdtempSync(path.join(tmpdir(), 'vod-bench-sheet-'));
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
  ).newPage();
  try {
    await signIn(page, app.url);
    await page.goto(`${app.url}/videos`);
    await page
      .getByText(english('videos.allLoaded', { total: rows }), { exact: true })
      .waitFor({ timeout: LOAD_TIMEOUT_MS });
    context.progress('spreadsheet: every row loaded; preparing the files to import');
    const files = await writeImportFiles((await exportOnce(page, 'csv')).download, dir);
    const rounds: Round[] = [];
    for (let round = -context.plan.warmup; round < context.plan.runs; round++) {
      const exportCsv = await exportOnce(page, 'csv');
      const exportXlsx = await exportOnce(page, 'xlsx');
      const importCsv = await importOnce(page, files.csv);
      const importXlsx = await importOnce(page, files.xlsx);
      const readCsvNodeMs = await readInNode(files.csv);
      const readXlsxNodeMs = await readInNode(files.xlsx);
      const slicedLoopLongestMs = await slicedLoopLongest(page);
      const result: Round = {
        readCsvNodeMs,
        slicedLoopLongestMs,
        readXlsxNodeMs,
        exportCsvMs: exportCsv.ms,
        exportCsvLongestMs: exportCsv.longestMs,
        exportXlsxMs: exportXlsx.ms,
        exportXlsxLongestMs: exportXlsx.longestMs,
        importCsvMs: importCsv.ms,
        applyCsvMs: importCsv.applyMs,
        importCsvLongestMs: importCsv.longestMs,
        importXlsxMs: importXlsx.ms,
        applyXlsxMs: importXlsx.applyMs,
        importXlsxLongestMs: importXlsx.longestMs,
      };
      context.progress(
        `spreadsheet: round ${round + 1}: export CSV ${Math.round(result.exportCsvMs)} ms (longest task ${Math.round(result.exportCsvLongestMs)} ms), XLSX ${Math.round(result.exportXlsxMs)} ms (longest task ${Math.round(result.exportXlsxLongestMs)} ms); import CSV ${Math.round(result.importCsvMs)} ms + apply ${Math.round(result.applyCsvMs)} ms (longest task ${Math.round(result.importCsvLongestMs)} ms), XLSX ${Math.round(result.importXlsxMs)} ms + apply ${Math.round(result.applyXlsxMs)} ms (longest task ${Math.round(result.importXlsxLongestMs)} ms); sliced loop's longest task ${Math.round(result.slicedLoopLongestMs)} ms`,
      );
      if (round >= 0) rounds.push(result);
    }
    return rounds;
  } finally {
    await page.context().close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const LONG_TASK_TARGET: Target = { op: 'le', threshold: 50, unit: 'ms' };

async function run(context: BenchContext): Promise<BenchRow[]> {
  ensureProductionBuild(context);
  const rows = context.quick ? QUICK_ROWS : FULL_ROWS;
  const browser = await launchBrowser();
  try {
    const rounds = await measure(context, browser, rows);
    const label = `${rows.toLocaleString('en-US')} rows`;
    const withTargets = rows >= FULL_ROWS;
    const node = { label: 'the same file read in Node' };
    const sliced = { label: 'a busy loop in 8 ms slices on the same page' };
    const metrics: {
      metric: keyof Round;
      name: string;
      target?: Target;
      floor?: { metric: keyof Round; label: string };
    }[] = [
      { metric: 'exportCsvMs', name: 'export the view as CSV (click → download)' },
      {
        metric: 'exportCsvLongestMs',
        name: 'export CSV: longest main-thread task',
        target: LONG_TASK_TARGET,
        floor: { metric: 'slicedLoopLongestMs', ...sliced },
      },
      { metric: 'exportXlsxMs', name: 'export the view as XLSX (click → download)' },
      {
        metric: 'exportXlsxLongestMs',
        name: 'export XLSX: longest main-thread task',
        target: LONG_TASK_TARGET,
        floor: { metric: 'slicedLoopLongestMs', ...sliced },
      },
      {
        metric: 'importCsvMs',
        name: 'import CSV: parse + validate (file chosen → preview)',
        target: { op: 'le', threshold: 3000, unit: 'ms' },
        floor: { metric: 'readCsvNodeMs', ...node },
      },
      { metric: 'applyCsvMs', name: 'import CSV: apply (Apply clicked → the grid counts the changes)' },
      {
        metric: 'importCsvLongestMs',
        name: 'import CSV: longest main-thread task (file chosen → changes in the grid)',
        target: LONG_TASK_TARGET,
        floor: { metric: 'slicedLoopLongestMs', ...sliced },
      },
      {
        metric: 'importXlsxMs',
        name: 'import XLSX: parse + validate (file chosen → preview)',
        target: { op: 'le', threshold: 8000, unit: 'ms' },
        floor: { metric: 'readXlsxNodeMs', ...node },
      },
      { metric: 'applyXlsxMs', name: 'import XLSX: apply (Apply clicked → the grid counts the changes)' },
      {
        metric: 'importXlsxLongestMs',
        name: 'import XLSX: longest main-thread task (file chosen → changes in the grid)',
        target: LONG_TASK_TARGET,
        floor: { metric: 'slicedLoopLongestMs', ...sliced },
      },
      { metric: 'readCsvNodeMs', name: 'read the CSV alone in Node (Papa Parse, no page, no checks)' },
      { metric: 'readXlsxNodeMs', name: 'read the XLSX alone in Node (fflate + saxes, no page, no checks)' },
      {
        metric: 'slicedLoopLongestMs',
        name: 'longest task of a busy loop in 8 ms slices (3 s, same page): the floor now',
      },
    ];
    return metrics.map(({ metric, name, target, floor }) => {
      const samples = rounds.map((round) => round[metric]);
      const input: RowInput = {
        group: 'spreadsheet',
        name: `${label}: ${name}`,
        unit: 'ms',
        samples,
        ...(target && withTargets ? { target } : {}),
      };
      const floors = floor ? rounds.map((round) => round[floor.metric]) : [];
      // A longest task of 0 means none reached 50 ms (the browser reports no shorter ones): no ratio then.
      if (floor && floors.every((value) => value > 0)) {
        input.baseline = {
          baseline: {
            label: floor.label,
            value: summarize(floors).median,
            unit: 'ms',
            ratioFormat: 'factor',
          },
          ratios: pairedRatios(samples, floors),
        };
      } else if (floor) {
        input.note = `${floor.label}: no task reached 50 ms in ${floors.filter((value) => value === 0).length} of ${floors.length} runs`;
      }
      return toRow(input);
    });
  } finally {
    await browser.close();
  }
}

export const spreadsheetGroup: BenchGroup = {
  name: 'spreadsheet',
  title: 'spreadsheet export and import in headless Chromium against the production build',
  run,
};
