import type { Page } from '@playwright/test';
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
 * and with 50,000 identical changes (a bulk "Add tags" on a 50,000-video library), from the click on
 * "Review changes" to the frame after its summary appeared. The p95 of several opens per round.
 */

const VIDEOS = 50_000;
const LOAD_TIMEOUT_MS = 10 * 60_000;
const VIEWPORT = { width: 1440, height: 900 };

// Runs in the page: clicks the toolbar's review button and waits for the dialog's summary to be painted.
const OPEN_REVIEW = `new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(${JSON.stringify(
    t('grid.reviewChanges'),
  )}));
  if (!button) return reject(new Error('no review button'));
  const started = performance.now();
  button.click();
  const check = () => {
    if (document.querySelector('.vg-review__summary')) {
      requestAnimationFrame(() => resolve(performance.now() - started));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

async function openTimes(page: Page, opens: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < opens; i++) {
    times.push(await page.evaluate<number>(OPEN_REVIEW));
    await page.keyboard.press('Escape');
    await page.locator('.vg-review').waitFor({ state: 'detached' });
  }
  return quantile(times, 0.95);
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  ensureProductionBuild(context);
  const opens = context.quick ? 5 : 15;
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

    // One change: the baseline. Typing into the first title.
    const title = page.locator('[role="row"][aria-rowindex="2"] > [role="gridcell"][aria-colindex="4"]');
    await title.click();
    await page.keyboard.type('Bench');
    await page.keyboard.press('Enter');
    const single: number[] = [];
    const bulk: number[] = [];
    for (let round = -context.plan.warmup; round < context.plan.runs; round++) {
      const p95 = await openTimes(page, opens);
      if (round >= 0) single.push(p95);
    }

    context.progress('review: adding a tag to every video');
    await page.getByRole('checkbox', { name: t('grid.selectAllLoaded') }).check();
    await page.getByRole('button', { name: t('grid.bulk.addTags'), exact: true }).click();
    await page.getByLabel(t('grid.bulk.tagsInput')).fill('bench-2025');
    await page.getByRole('button', { name: t('grid.bulk.apply'), exact: true }).click();
    await page
      .getByText(t('grid.changeSummary', { changes: VIDEOS + 1, videos: VIDEOS }), { exact: true })
      .waitFor({ timeout: LOAD_TIMEOUT_MS });
    for (let round = -context.plan.warmup; round < context.plan.runs; round++) {
      const p95 = await openTimes(page, opens);
      if (round >= 0) bulk.push(p95);
      context.progress(`review: round ${round + 1}: p95 open ${Math.round(p95)} ms`);
    }

    return [
      toRow({
        group: 'review',
        name: 'open the review, 1 change (p95 of opens)',
        unit: 'ms',
        samples: single,
      }),
      toRow({
        group: 'review',
        name: `open the review, ${VIDEOS.toLocaleString('en-US')} identical changes (p95 of opens)`,
        unit: 'ms',
        samples: bulk,
        target: { op: 'le', threshold: 200, unit: 'ms' },
        baseline: {
          baseline: { label: '1 change', value: summarize(single).median, unit: 'ms', ratioFormat: 'factor' },
          ratios: pairedRatios(bulk, single),
        },
      }),
    ];
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
