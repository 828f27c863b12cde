import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';

/**
 * The rows' elements while the grid scrolls: a row coming into view takes the element of a row that left,
 * where the DOM has it, so nothing is moved (Chromium restyles, lays out and paints a moved element from
 * scratch). At rest the rows are in row order again, the order screen readers read, and the focused cell
 * keeps DOM focus through both.
 */

test.beforeEach(async ({ signIn }) => {
  await signIn('editor');
});

test('[GRID][ROW-ORDER] scrolling moves no row element; at rest the rows are in row order and the focused cell keeps focus', async ({
  page,
  app,
}) => {
  const { videoIds } = await app.control.listVideoIds(0, 400);
  const videos = new VideosPage(page);
  await videos.open(videoIds);
  await videos.waitForAllLoaded();
  const focused = await videos.cell(2, 'Title');
  await focused.click();
  await expect(focused).toBeFocused();

  // 40 frames of 5 rows each, down and back up: every frame brings rows in while others leave. Counts the row
  // elements put back into the DOM after being in it (a move) while that happens.
  const moved = await videos.grid().evaluate(async (grid) => {
    const body = grid.querySelectorAll('[role="rowgroup"]')[1];
    if (!body) throw new Error('no grid body');
    const seen = new WeakSet<Node>(body.children);
    let moves = 0;
    const count = (records: MutationRecord[]) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (seen.has(node)) moves++;
          seen.add(node);
        }
    };
    const observer = new MutationObserver(count);
    observer.observe(body, { childList: true });
    const step = (grid.querySelector('[role="row"][aria-rowindex="2"]')?.clientHeight ?? 30) * 5;
    for (let frame = 0; frame < 40; frame++) {
      grid.scrollTop += frame < 20 ? step : -step;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    count(observer.takeRecords());
    observer.disconnect();
    return moves;
  });
  // Row order moves about 13 rows a frame, over 500 in all. A frame long enough to let the grid settle
  // mid-scroll (a loaded machine) adds one reorder of at most a screen of rows.
  expect(moved).toBeLessThan(100);

  await expect
    .poll(async () => {
      const order = await videos
        .dataRows()
        .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex'))));
      return order.every((index, i) => i === 0 || index > order[i - 1]!);
    })
    .toBe(true);
  await expect(focused).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(await videos.cell(3, 'Title')).toBeFocused();
});
