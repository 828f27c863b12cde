import type { Locator, Page } from '@playwright/test';
import { startAppServer } from '@/e2e/support/app-server';
import { translatorFor } from '@/lib/i18n/translator';
import { ensureProductionBuild, launchBrowser, signIn } from '../support/app';
import { pairedRatios, toRow } from '../support/rows';
import { quantile, summarize } from '../support/stats';
import type { BenchContext, BenchGroup, BenchRow } from '../support/types';

// The bench drives an English browser, so it finds the UI by its English texts.
const t = translatorFor('en');

/**
 * Opening the review in headless Chromium against the production build: with one change (the baseline)
 * and with 50,000 changes (one bulk "Add tags" on a 50,000-video library), from the click on "Review changes"
 * to the frame after its list painted. Every measured open is a first open on fresh edits (a new edit just
 * before it), so nothing the dialog kept from an earlier open can serve it; p50 and p95 of the opens of a
 * round.
 *
 * Each edit is undone after its open, so every open starts from the same state (no changes) and measures
 * the same scenario. Adding a new tag on top of the earlier ones, as this bench once did, gave every video
 * one more tag per open: past VOD's 16 tags a video all 50,000 had a problem, and the opens measured
 * growing diffs and 50,000 problems rather than one bulk "Add tags". Each open therefore checks that the
 * review holds exactly the one change per video, as a bulk tag operation, and no problem.
 */

const VIDEOS = 50_000;
const LOAD_TIMEOUT_MS = 10 * 60_000;
const VIEWPORT = { width: 1440, height: 900 };

// Runs in the page: clicks the toolbar's review button and waits for the frame after the first rows of the
// dialog's list were painted. The dialog is found by its accessible name and the list by its label.
const OPEN_REVIEW = `new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(${JSON.stringify(
    t('grid.reviewChanges'),
  )}));
  if (!button) return reject(new Error('no review button'));
  const started = performance.now();
  button.click();
  const firstRow = () => {
    const dialog = [...document.querySelectorAll('dialog[open]')].find(
      (d) => document.getElementById(d.getAttribute('aria-labelledby'))?.textContent === ${JSON.stringify(t('grid.review.title'))},
    );
    const list = dialog?.querySelector('ul[aria-label=' + ${JSON.stringify(JSON.stringify(t('grid.review.list')))} + ']');
    return list?.querySelector('li');
  };
  const check = () => {
    if (firstRow()) {
      requestAnimationFrame(() => resolve(performance.now() - started));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

// Runs in the page: resolves once the main thread is idle (the edit's renders and draft writes are done).
const IDLE = 'new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 10000 }))';

/** One scenario: a fresh edit before each open, its undo after, and the review that edit must give. */
interface Scenario {
  /** Makes fresh edits (`n` differs for every open). */
  edit: (n: number) => Promise<void>;
  /** How many videos (one change each) the review must hold. */
  videos: number;
  /** Fails unless the open review shows the scenario (`n` as given to `edit`). */
  check?: (review: Locator, n: number) => Promise<void>;
}

/**
 * The opens of one round, each after the scenario's fresh edit and each followed by its undo: their p50
 * and p95. The review's summary must name the scenario's changes and videos, all selected, and its save
 * must not be blocked (no change has a problem).
 */
async function openTimes(
  page: Page,
  opens: number,
  scenario: Scenario,
  counter: { n: number },
): Promise<{ p50: number; p95: number }> {
  const { videos } = scenario;
  const expected = t('grid.review.summary', { changes: videos, videos, selected: videos });
  const review = page.getByRole('dialog', { name: t('grid.review.title') });
  const times: number[] = [];
  for (let i = 0; i < opens; i++) {
    const n = counter.n++;
    await scenario.edit(n);
    await page.evaluate(IDLE);
    times.push(await page.evaluate<number>(OPEN_REVIEW));
    const summary = await review.getByRole('status').textContent();
    if (summary !== expected) throw new Error(`the review says "${summary}", not "${expected}"`);
    if (await review.getByRole('button', { name: t('grid.review.save'), exact: true }).isDisabled()) {
      throw new Error('the review blocks the save: some change has a problem');
    }
    await scenario.check?.(review, n);
    await page.keyboard.press('Escape');
    await review.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: t('grid.undo'), exact: true }).click();
    await page
      .getByTestId('change-summary')
      .getByText(t('grid.noChanges'))
      .waitFor({ timeout: LOAD_TIMEOUT_MS });
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  ensureProductionBuild(context);
  const opens = context.quick ? 3 : 6;
  context.progress(`review: starting the app with ${VIDEOS.toLocaleString('en-US')} videos`);
  const app = await startAppServer({ videos: VIDEOS });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await signIn(page, app.url);
    await page.goto(`${app.url}/videos`);
    await page
      .getByText(t('videos.allLoaded', { total: VIDEOS }), { exact: true })
      .waitFor({ timeout: LOAD_TIMEOUT_MS });
    const counter = { n: 0 };

    // One change: the baseline. A new text typed into the first title before each open.
    const title = page.locator('[role="row"][aria-rowindex="2"] > [role="gridcell"][aria-colindex="4"]');
    const retitle: Scenario = {
      edit: async (n) => {
        await title.click();
        await page.keyboard.type(`Bench ${n}`);
        await page.keyboard.press('Enter');
      },
      videos: 1,
    };
    const single = { p50: [] as number[], p95: [] as number[] };
    for (let round = -context.plan.warmup; round < context.plan.runs; round++) {
      const { p50, p95 } = await openTimes(page, opens, retitle, counter);
      if (round >= 0) {
        single.p50.push(p50);
        single.p95.push(p95);
      }
    }

    // 50,000 changes: one bulk "Add tags" of a new tag on every video before each open.
    context.progress('review: selecting every video');
    await page.getByRole('checkbox', { name: t('grid.selectAllLoaded') }).check();
    const addTag: Scenario = {
      edit: async (n) => {
        await page.getByRole('button', { name: t('grid.bulk.addTags'), exact: true }).click();
        await page.getByLabel(t('grid.bulk.tagsInput')).fill(`bench-${n}`);
        await page.getByRole('button', { name: t('grid.bulk.apply'), exact: true }).click();
        await page.getByRole('dialog').waitFor({ state: 'detached', timeout: LOAD_TIMEOUT_MS });
      },
      videos: VIDEOS,
      // One group holds the tag added to all of them, and the videos list it as a bulk tag operation.
      check: async (review, n) => {
        const group = t('grid.review.groupLabel', {
          field: t('fields.labels.tags'),
          change: `+bench-${n}`,
          videos: VIDEOS,
        });
        await review.getByRole('region', { name: group, exact: true }).waitFor();
        await review.getByText(t('grid.review.tagOperation')).first().waitFor();
      },
    };
    const bulk = { p50: [] as number[], p95: [] as number[] };
    for (let round = -context.plan.warmup; round < context.plan.runs; round++) {
      const { p50, p95 } = await openTimes(page, opens, addTag, counter);
      if (round >= 0) {
        bulk.p50.push(p50);
        bulk.p95.push(p95);
      }
      context.progress(
        `review: round ${round + 1}: first open p50 ${Math.round(p50)} ms, p95 ${Math.round(p95)} ms`,
      );
    }

    const size = VIDEOS.toLocaleString('en-US');
    return (['p50', 'p95'] as const).flatMap((q) => [
      toRow({
        group: 'review',
        name: `first open of the review, 1 change (${q} of opens)`,
        unit: 'ms',
        samples: single[q],
      }),
      toRow({
        group: 'review',
        name: `first open of the review, ${size} changes (${q} of opens)`,
        unit: 'ms',
        samples: bulk[q],
        ...(q === 'p95' ? { target: { op: 'le' as const, threshold: 200, unit: 'ms' } } : {}),
        baseline: {
          baseline: {
            label: '1 change',
            value: summarize(single[q]).median,
            unit: 'ms',
            ratioFormat: 'factor',
          },
          ratios: pairedRatios(bulk[q], single[q]),
        },
      }),
    ]);
  } finally {
    await browser.close();
    await app.stop();
  }
}

export const reviewGroup: BenchGroup = {
  name: 'review',
  title: 'opening the review of 50,000 changes in headless Chromium against the production build',
  run,
};
