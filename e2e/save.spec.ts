import { DEMO_PASSWORD, DEMO_USERS, expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';
import { type AppServer, startAppServer } from './support/app-server';

/**
 * Saving from the grid: only the diff is sent, vanished videos are skipped after the pre-read, every other
 * video is sent in chunks of at most 20, and each outcome lands on its row; a conflicting change made
 * elsewhere is shown, not overwritten; a server killed mid-save finishes the batch after its restart.
 */

type Control = AppServer['control'];

/** `count` videos the demo account may edit, from the start of the library. */
async function editableIds(control: Control, count: number, offset = 0): Promise<string[]> {
  const locked = new Set((await control.forbidden()).resourceGroupVideoIds);
  const { videoIds } = await control.listVideoIds(offset, count + locked.size);
  return videoIds.filter((id) => !locked.has(id)).slice(0, count);
}

/** Titles as the emulator holds them now, asked 50 at a time. */
async function titlesOf(control: Control, videoIds: readonly string[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (let i = 0; i < videoIds.length; i += 50) {
    const slice = videoIds.slice(i, i + 50);
    const found = await Promise.all(
      slice.map(async (id) => [id, (await control.getVideo(id))?.Title ?? ''] as const),
    );
    for (const [id, title] of found) titles.set(id, title);
  }
  return titles;
}

function updateContents(
  requests: Awaited<ReturnType<Control['requests']>>,
): Array<Array<{ VideoId: string; Title?: string }>> {
  return requests.map((request) => JSON.parse(request.parameters.UpdateContent ?? '[]'));
}

test.describe('[SAVE] saving the grid', () => {
  test('[SAVE][MIXED] 45 edited titles: 40 saved, 3 forbidden and 2 deleted shown on their rows', async ({
    page,
    app,
    signIn,
  }) => {
    const { control } = app;
    const ids = await editableIds(control, 45, 10);
    const originals = await titlesOf(control, ids);
    const forbidden = [ids[2]!, ids[20]!, ids[33]!];
    const deleted = [ids[7]!, ids[40]!];
    const videos = new VideosPage(page);

    await signIn('editor');
    await videos.open(ids);
    await videos.selectAllMatching(45);
    await videos.prefixSelectedTitles('Spring 2026 · ');
    await expect(videos.changeSummary()).toContainText('45 changes in 45 videos');

    await control.setForbidden(forbidden);
    for (const id of deleted) await control.deleteVideo(id);
    const since = Date.now();
    await videos.reviewAndSave();

    expect(await videos.waitForSaveFinished()).toBe('Save finished: 40 of 45 updated, 5 problems.');
    await expect(videos.saveProgressBar()).toHaveAttribute('value', '45');

    const reads = await control.requests({ action: 'GetVideoInfos', since });
    expect(new Set(reads.flatMap((r) => (r.parameters.VideoIds ?? '').split(',')))).toEqual(new Set(ids));
    const updates = await control.requests({ action: 'UpdateVideoInfos', since });
    expect(updates).toHaveLength(3);
    const sent = updateContents(updates);
    for (const items of sent) expect(items.length).toBeLessThanOrEqual(20);
    const sentIds = sent.flat().map((item) => item.VideoId);
    expect(sentIds).toHaveLength(43);
    expect(new Set(sentIds)).toEqual(new Set(ids.filter((id) => !deleted.includes(id))));
    // Every video was re-read for the conflict check before the update that carried it went out (its first
    // read; the grid reads saved videos back once more after the save).
    const readAt = new Map<string, number>();
    for (const r of reads) {
      for (const id of (r.parameters.VideoIds ?? '').split(',')) {
        if (!readAt.has(id)) readAt.set(id, Date.parse(r.time));
      }
    }
    updates.forEach((update, i) => {
      for (const item of sent[i]!)
        expect(readAt.get(item.VideoId)).toBeLessThanOrEqual(Date.parse(update.time));
    });

    const summary = videos.outcomeSummary();
    await expect(summary).toContainText('40 saved');
    await expect(summary).toContainText('3 without permission');
    await expect(summary).toContainText('2 no longer exist');
    await videos.showOnlyProblems();
    await expect(videos.dataRows()).toHaveCount(5);
    for (const id of forbidden)
      await expect(videos.row(id)).toContainText('No permission to edit this video');
    for (const id of deleted) await expect(videos.row(id)).toContainText('This video no longer exists');

    // Leaving and coming back (same tab) shows the save's outcomes again.
    await page.reload();
    await expect(videos.outcomeSummary()).toContainText('3 without permission');
    await expect(videos.saveProgress().getByRole('status')).toHaveText(
      'Save finished: 40 of 45 updated, 5 problems.',
    );

    const after = await titlesOf(control, ids);
    for (const id of ids) {
      if (deleted.includes(id)) continue;
      const expected = forbidden.includes(id) ? originals.get(id) : `Spring 2026 · ${originals.get(id)}`;
      expect(after.get(id), id).toBe(expected);
    }
  });

  test('[SAVE][CONFLICT] a title changed elsewhere is shown as a conflict; the others save; keep mine re-saves it', async ({
    page,
    app,
    signIn,
  }) => {
    const { control } = app;
    const ids = await editableIds(control, 8, 80);
    const originals = await titlesOf(control, ids);
    const contested = ids[3]!;
    const videos = new VideosPage(page);

    await signIn('editor');
    await videos.open(ids);
    await videos.selectAllMatching(8);
    await videos.prefixSelectedTitles('Mine · ');
    await control.putVideo(contested, { Title: 'Changed in the console' });
    await videos.reviewAndSave();

    expect(await videos.waitForSaveFinished()).toBe('Save finished: 7 of 8 updated, 1 problem.');
    const row = videos.row(contested);
    await expect(row).toContainText('Changed in VOD since you loaded it');
    expect((await control.getVideo(contested))?.Title).toBe('Changed in the console');
    for (const id of ids.filter((id) => id !== contested)) {
      expect((await control.getVideo(id))?.Title).toBe(`Mine · ${originals.get(id)}`);
    }

    await row.getByRole('button', { name: 'Review conflict' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Changed in the console');
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    expect(await videos.waitForSaveFinished()).toBe('Save finished: 1 of 1 updated.');
    expect((await control.getVideo(contested))?.Title).toBe(`Mine · ${originals.get(contested)}`);
  });

  test('[SAVE][TAGS] "Add tags" travels as an operation: a tag someone else added meanwhile is kept', async ({
    page,
    app,
    signIn,
  }) => {
    const { control } = app;
    const ids = await editableIds(control, 5, 80);
    const videos = new VideosPage(page);
    await signIn('editor');
    await videos.open(ids);
    await videos.selectAllMatching(5);
    const add = await videos.openBulk('Add tags');
    await add.getByLabel('Tags (comma-separated)').fill('e2e-ours');
    await videos.applyBulk(add);

    // A colleague adds another tag to every one of these videos after we loaded them.
    for (const id of ids) {
      const tags = (await control.getVideo(id))?.Tags ?? '';
      await control.putVideo(id, { Tags: tags ? `${tags},e2e-theirs` : 'e2e-theirs' });
    }
    const review = await videos.openReview();
    await expect(review.getByText('Applied to the tags in VOD when saving —').first()).toBeVisible();
    await expect(review.getByRole('insertion').filter({ hasText: 'e2e-ours' }).first()).toBeVisible();
    await review.getByRole('button', { name: 'Save', exact: true }).click();

    expect(await videos.waitForSaveFinished()).toBe('Save finished: 5 of 5 updated.');
    for (const id of ids) {
      const tags = ((await control.getVideo(id))?.Tags ?? '').split(',');
      expect(tags).toEqual(expect.arrayContaining(['e2e-ours', 'e2e-theirs']));
    }
    await expect(await videos.cell(0, 'Tags')).toContainText('e2e-theirs');
  });
});

test.describe('[SAVE][CRASH] a server killed mid-save', () => {
  const VIDEOS = 2_000;
  let server: AppServer;

  test.beforeAll(async () => {
    server = await startAppServer({ videos: VIDEOS });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('finishes the batch after the restart: every item final, every new value in VOD', async ({ page }) => {
    test.setTimeout(240_000);
    const { control } = server;
    const locked = new Set((await control.forbidden()).resourceGroupVideoIds);
    const videos = new VideosPage(page);

    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(DEMO_USERS.editor);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);

    await page.goto(`${server.url}/videos`);
    await expect(videos.grid()).toBeVisible();
    await videos.selectAllMatching(VIDEOS);
    await videos.prefixSelectedTitles('Crash-safe · ');
    await expect(videos.changeSummary()).toContainText(`${VIDEOS.toLocaleString('en')} changes`);
    const originals = await titlesOf(control, (await control.listVideoIds(0, VIDEOS)).videoIds);

    // Slow updates keep the batch running long enough to kill the server in the middle of it.
    await control.setFaults({ latencyMs: 800, actions: ['UpdateVideoInfos'] });
    await videos.reviewAndSave();
    await expect
      .poll(async () => Number((await videos.saveProgressBar().getAttribute('value')) ?? 0), {
        timeout: 60_000,
      })
      .toBeGreaterThanOrEqual(200);
    await server.kill('SIGKILL');
    const sentBeforeCrash = (await control.requests({ action: 'UpdateVideoInfos' })).length;
    expect(sentBeforeCrash).toBeLessThan(VIDEOS / 20);

    await control.clearFaults();
    await server.restart();

    const total = VIDEOS.toLocaleString('en');
    const updated = (VIDEOS - locked.size).toLocaleString('en');
    expect(await videos.waitForSaveFinished(120_000)).toBe(
      locked.size === 0
        ? `Save finished: ${total} of ${total} updated.`
        : `Save finished: ${updated} of ${total} updated, ${locked.size} ${locked.size === 1 ? 'problem' : 'problems'}.`,
    );
    expect(server.output()).toContain('batch.resumed');
    const after = await titlesOf(control, [...originals.keys()]);
    for (const [id, title] of originals) {
      expect(after.get(id), id).toBe(locked.has(id) ? title : `Crash-safe · ${title}`);
    }
  });
});
