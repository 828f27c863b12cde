import type { Page } from '@playwright/test';
import { DEMO_USERS, expect, test } from './fixtures';
import { BatchesPage } from './pages/batches-page';
import type { AppServer } from './support/app-server';

/**
 * Batch history: an editor's save with mixed outcomes is found, read, exported and reverted by an admin;
 * a revert reports a video changed since as a conflict; other users' batches and the audit trail are 403.
 */

const REQUEST_ID = /[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/;
// A title a spreadsheet would run as a formula, with a comma and a quote to escape.
const FORMULA_TITLE = '=Promo, "big" sale';

/** Edits titles in the grid (filtered to those videos), lets `beforeSave` meddle, saves, and waits for the end. */
async function saveTitlesInGrid(
  page: Page,
  titles: Record<string, string>,
  beforeSave?: () => Promise<void>,
) {
  await page.goto(`/videos?ids=${Object.keys(titles).join(',')}`);
  const grid = page.getByRole('grid', { name: 'Videos' });
  await expect(grid).toBeVisible();
  const titleColumn = await grid
    .getByRole('columnheader', { name: 'Title', exact: true })
    .getAttribute('aria-colindex');
  for (const [videoId, title] of Object.entries(titles)) {
    const row = grid.getByRole('row').filter({ hasText: videoId });
    await row.locator(`[role="gridcell"][aria-colindex="${titleColumn}"]`).dblclick();
    const editor = page.getByRole('textbox', { name: 'Title' });
    await editor.fill(title);
    await editor.press('Enter');
    await expect(editor).toHaveCount(0);
  }
  await beforeSave?.();
  await page.getByRole('button', { name: /Review changes/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/Save finished/)).toBeVisible({ timeout: 60_000 });
}

/** A second signed-in browser context, for a different user at the same time. */
async function titlesOf(app: AppServer, videoIds: string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(
    videoIds.map(async (id) => [id, (await app.control.getVideo(id))?.Title ?? ''] as const),
  );
  return Object.fromEntries(entries);
}

test.describe('[BATCHES] history, export and revert', () => {
  test('[BATCHES][MIXED] an admin finds an editor’s mixed batch, reads it, exports it and reverts it', async ({
    page,
    app,
    signIn,
    pageAs,
  }) => {
    const { videoIds } = await app.control.listVideoIds(0, 4);
    const [updatedA, updatedB, forbidden, deleted] = videoIds as [string, string, string, string];
    const originals = await titlesOf(app, [updatedA, updatedB]);

    await signIn('editor');
    await saveTitlesInGrid(
      page,
      {
        [updatedA]: FORMULA_TITLE,
        [updatedB]: 'Batch history B',
        [forbidden]: 'Not allowed',
        [deleted]: 'Gone',
      },
      async () => {
        await app.control.setForbidden([forbidden]);
        await app.control.deleteVideo(deleted);
      },
    );

    const admin = new BatchesPage(await pageAs('admin'));
    expect(await admin.gotoList()).toBe(200);
    const listRow = admin.batchRowsBy(DEMO_USERS.editor).first();
    await expect(listRow).toContainText('2 updated');
    await expect(listRow).toContainText('1 forbidden');
    await expect(listRow).toContainText('1 not found');
    await expect(listRow).toContainText('Done with problems');
    const batchId = await admin.openNewestBatchBy(DEMO_USERS.editor);

    await expect(admin.itemRow(updatedA)).toContainText('Updated');
    await expect(admin.itemRow(updatedA)).toContainText(`${originals[updatedA]} → ${FORMULA_TITLE}`);
    await expect(admin.itemRow(updatedA)).toContainText(REQUEST_ID);
    await expect(admin.itemRow(forbidden)).toContainText('Forbidden');
    await expect(admin.itemRow(forbidden)).toContainText(REQUEST_ID);
    await expect(admin.itemRow(deleted)).toContainText('Not found');
    await expect(admin.itemRow(updatedA).getByRole('link', { name: 'Open in grid' })).toHaveAttribute(
      'href',
      `/videos?ids=${updatedA}`,
    );
    await expect(admin.page.getByRole('table', { name: 'Calls of this batch' })).toContainText(REQUEST_ID);

    const csv = await admin.exportCsv();
    expect(csv.fileName).toMatch(new RegExp(`^batch-\\d{4}-\\d{2}-\\d{2}-${batchId}\\.csv$`));
    expect(csv.text.startsWith('\uFEFFvideo_id,title,outcome,error_code,error_message,')).toBe(true);
    const rows = csv.text.slice(1).split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows.slice(1, -1)).toHaveLength(4);
    const rowOf = (videoId: string) => rows.find((row) => row.startsWith(`${videoId},`)) ?? '';
    expect(rowOf(updatedA)).toContain(',updated,');
    expect(rowOf(updatedA)).toContain(`,"'=Promo, ""big"" sale",`);
    expect(rowOf(updatedA)).not.toMatch(/,=/);
    expect(rowOf(forbidden)).toContain(',forbidden,');
    expect(rowOf(deleted)).toContain(',not_found,');

    const revertId = await admin.revert();
    expect(revertId).not.toBe(batchId);
    await admin.waitUntilFinished();
    await expect(admin.page.getByRole('link', { name: /batch this revert was made from/ })).toHaveAttribute(
      'href',
      `/batches/${batchId}`,
    );
    await expect(admin.itemRow(updatedA)).toContainText('Updated');
    await expect(admin.itemRow(updatedB)).toContainText('Updated');
    expect(await titlesOf(app, [updatedA, updatedB])).toEqual(originals);

    await app.control.setForbidden([]);
  });

  test('[BATCHES][REVERT-CONFLICT] a video changed since the batch is reported as a conflict and keeps its newer value', async ({
    page,
    app,
    signIn,
  }) => {
    const { videoIds } = await app.control.listVideoIds(10, 2);
    const [kept, changedLater] = videoIds as [string, string];
    const originals = await titlesOf(app, [kept, changedLater]);

    await signIn('editor');
    await saveTitlesInGrid(page, { [kept]: 'Revert me', [changedLater]: 'Then someone else' });
    await app.control.putVideo(changedLater, { Title: 'Changed in the console' });

    // The editor reverts their own batch.
    const batches = new BatchesPage(page);
    await batches.gotoList();
    await batches.openNewestBatchBy(DEMO_USERS.editor);
    await batches.revert();
    await batches.waitUntilFinished();

    await expect(batches.itemRow(kept)).toContainText('Updated');
    await expect(batches.itemRow(changedLater)).toContainText('Conflict');
    await expect(batches.itemRow(changedLater)).toContainText('Now in VOD: Changed in the console');
    expect(await titlesOf(app, [kept, changedLater])).toEqual({
      [kept]: originals[kept],
      [changedLater]: 'Changed in the console',
    });
  });

  test('[BATCHES][403] editors cannot open others’ batches or the audit trail; viewers cannot open batches', async ({
    page,
    app,
    signIn,
    pageAs,
  }) => {
    const { videoIds } = await app.control.listVideoIds(20, 1);
    const [videoId] = videoIds as [string];

    await signIn('admin');
    await saveTitlesInGrid(page, { [videoId]: 'Saved by the admin' });
    const admin = new BatchesPage(page);
    await admin.gotoList();
    const adminBatchId = await admin.openNewestBatchBy(DEMO_USERS.admin);
    await page.goto('/audit');
    await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: DEMO_USERS.admin }).first()).toBeVisible();
    // A hand-made link with hostile or out-of-range values shows the page unfiltered, never an error page.
    const hostile =
      '?from=%2B275760-09-13T00:00:00.000Z&to=-100000-01-01T00:00:00.000Z&status=%3Cscript%3E&page=abc';
    expect((await page.goto(`/audit${hostile}`))?.status()).toBe(200);
    await expect(page.getByRole('row').filter({ hasText: DEMO_USERS.admin }).first()).toBeVisible();
    expect((await page.goto(`/batches${hostile}`))?.status()).toBe(200);
    await expect(admin.batchRowsBy(DEMO_USERS.admin).first()).toBeVisible();

    const editor = new BatchesPage(await pageAs('editor'));
    expect(await editor.gotoBatch(adminBatchId)).toBe(403);
    await expect(editor.forbiddenHeading()).toBeVisible();
    const exportResponse = await editor.page.request.get(`/api/batches/${adminBatchId}/export?format=csv`);
    expect(exportResponse.status()).toBe(403);
    const audit = await editor.page.goto('/audit');
    expect(audit?.status()).toBe(403);
    await expect(editor.forbiddenHeading()).toBeVisible();
    expect(await editor.gotoList()).toBe(200);
    await expect(editor.batchRowsBy(DEMO_USERS.admin)).toHaveCount(0);

    const viewer = new BatchesPage(await pageAs('viewer'));
    expect(await viewer.gotoList()).toBe(403);
    await expect(viewer.forbiddenHeading()).toBeVisible();
  });
});
