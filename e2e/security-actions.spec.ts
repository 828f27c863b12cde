import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { BatchesPage } from './pages/batches-page';
import { VideosPage } from './pages/videos-page';
import { postServerAction, serverActionId } from './support/server-actions';

const VIDEOS_ACTIONS = 'app/(app)/videos/actions.ts';
const BATCHES_ACTIONS = 'app/(app)/batches/actions.ts';

test.describe('[SECURITY][ACTIONS] actions answer by code, and refuse prototype keys', () => {
  // Several sign-ins and a save each, on a shared 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('[SECURITY][NOT-FOUND] retry, progress and revert on a foreign or missing batch answer not_found, with no stack trace', async ({
    app,
    pageAs,
  }) => {
    const { videoIds } = await app.control.listVideoIds(3, 1);
    const admin = await pageAs('admin');
    const videos = new VideosPage(admin);
    await videos.open(videoIds.slice(0, 1));
    await videos.typeInto(0, 'Title', 'The admin’s own batch');
    await videos.reviewAndSave();
    await videos.waitForSaveFinished();
    const history = new BatchesPage(admin);
    await history.gotoList();
    const foreignBatch = await history.openNewestBatchBy('admin@demo.local');
    await history.waitUntilFinished();

    const editor = await pageAs('editor');
    const logBefore = app.output().length;
    const calls = [
      { file: BATCHES_ACTIONS, name: 'retryBatchAction', path: '/videos' },
      { file: BATCHES_ACTIONS, name: 'retryBatchAction', path: `/batches/${foreignBatch}` },
      { file: BATCHES_ACTIONS, name: 'revertBatchAction', path: `/batches/${foreignBatch}` },
    ];
    for (const call of calls) {
      const id = serverActionId(call.file, call.name);
      for (const batchId of [foreignBatch, randomUUID()]) {
        const response = await postServerAction(editor.request, call.path, id, JSON.stringify([{ batchId }]));
        const text = await response.text();
        expect(text, `${call.name} on ${batchId}`).toContain('"code":"not_found"');
        expect(text).not.toContain('"code":"internal"');
      }
    }
    // Progress and outcomes are reads: GET route handlers, answering the same way.
    for (const read of ['progress', 'outcomes']) {
      for (const batchId of [foreignBatch, randomUUID()]) {
        const response = await editor.request.get(`/api/batches/${batchId}/${read}`);
        expect(response.status(), `${read} of ${batchId}`).toBe(404);
        expect(await response.text()).toContain('"code":"not_found"');
      }
    }
    const log = app.output().slice(logBefore);
    expect(log).not.toMatch(/BatchError|unexpected failure|^\s+at /m);
  });

  test('[SECURITY][PROTO] a __proto__ key on a save item is refused and saves nothing', async ({
    app,
    pageAs,
  }) => {
    const { videoIds } = await app.control.listVideoIds(1, 2);
    const [videoId] = videoIds as [string];
    const editor = await pageAs('editor');
    await app.control.clearRequests();
    const id = serverActionId(VIDEOS_ACTIONS, 'saveVideosAction');
    const item = `{"videoId":"${videoId}","title":"t","base":{"title":"t"},"changes":{"title":"Polluted"},"__proto__":{"admin":true}}`;
    for (const body of [
      `[{"items":[${item}]}]`,
      `[{"items":[{"videoId":"${videoId}","title":"t","base":{},"changes":{"title":"Polluted","constructor":{"prototype":{}}}}]}]`,
    ]) {
      const response = await postServerAction(editor.request, '/videos', id, body);
      expect(await response.text()).toContain('"code":"invalid_input"');
    }
    const calls = await app.control.requests();
    expect(calls.filter((call) => call.action === 'UpdateVideoInfos')).toEqual([]);
    expect((await app.control.getVideo(videoId))?.Title).not.toBe('Polluted');
  });
});
