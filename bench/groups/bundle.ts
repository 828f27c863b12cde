import { gzipSync } from 'node:zlib';
import type { BrowserContext, Response } from '@playwright/test';
import { startAppServer } from '@/e2e/support/app-server';
import { ensureProductionBuild, launchBrowser, signIn } from '../support/app';
import { pairedRatios, toRow } from '../support/rows';
import { summarize } from '../support/stats';
import type { BenchContext, BenchGroup, BenchRow } from '../support/types';

/**
 * The JavaScript /videos makes the browser download, counted the way it travels: every script response of
 * a cold-cache page load, gzipped at the level web servers use. /sign-in, the lightest page (framework and
 * shared chunks only), is measured beside it.
 */

interface ScriptWeight {
  gzipBytes: number;
  rawBytes: number;
  scripts: number;
}

const KB = 1024;

async function scriptWeight(context: BrowserContext, url: string, ready: string): Promise<ScriptWeight> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  // Chunks loaded lazily after hydration count too: wait until the network has been quiet for a moment.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const bodies = await Promise.all(responses.map((response) => response.body()));
  await page.close();
  return {
    gzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
    rawBytes: bodies.reduce((sum, body) => sum + body.length, 0),
    scripts: bodies.length,
  };
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  ensureProductionBuild(context);
  const app = await startAppServer({ videos: 300 });
  const browser = await launchBrowser();
  try {
    const signedIn = await browser.newContext();
    await signIn(await signedIn.newPage(), app.url);
    const anonymous = await browser.newContext();
    const videos: ScriptWeight[] = [];
    const signInPage: ScriptWeight[] = [];
    for (let round = -context.plan.warmup; round < context.plan.runs; round++) {
      const measured = await scriptWeight(signedIn, `${app.url}/videos`, '[role="gridcell"]');
      const baseline = await scriptWeight(anonymous, `${app.url}/sign-in`, 'form');
      if (round < 0) continue;
      videos.push(measured);
      signInPage.push(baseline);
    }
    const kb = (weights: ScriptWeight[], key: 'gzipBytes' | 'rawBytes') =>
      weights.map((weight) => weight[key] / KB);
    const baseline = {
      label: '/sign-in',
      value: summarize(kb(signInPage, 'gzipBytes')).median,
      unit: 'kB',
      ratioFormat: 'factor' as const,
    };
    return [
      toRow({
        group: 'bundle',
        name: 'JavaScript /videos loads, gzip',
        unit: 'kB',
        samples: kb(videos, 'gzipBytes'),
        baseline: { baseline, ratios: pairedRatios(kb(videos, 'gzipBytes'), kb(signInPage, 'gzipBytes')) },
        note: `${videos[0]!.scripts} scripts`,
      }),
      toRow({
        group: 'bundle',
        name: 'JavaScript /videos loads, uncompressed',
        unit: 'kB',
        samples: kb(videos, 'rawBytes'),
      }),
      toRow({
        group: 'bundle',
        name: 'JavaScript /sign-in loads, gzip (framework and shared chunks)',
        unit: 'kB',
        samples: kb(signInPage, 'gzipBytes'),
      }),
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}

export const bundleGroup: BenchGroup = {
  name: 'bundle',
  title: 'gzip size of the JavaScript /videos loads, from a production build',
  run,
};
