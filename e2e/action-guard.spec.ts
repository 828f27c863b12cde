import { type APIRequestContext, request as playwrightRequest } from '@playwright/test';
import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';
import { captureVideosAction, postServerAction } from './support/server-actions';

const VOD_WRITES = ['GetVideoInfos', 'UpdateVideoInfos'];

test.describe('[SECURITY][ACTIONS] server actions check the caller themselves', () => {
  test('[SECURITY][ACTIONS] a replayed save without a session, or from a viewer, is refused and changes nothing', async ({
    page,
    app,
    signIn,
    pageAs,
  }) => {
    await app.control.reset({ seed: 1, videos: 300 });
    await signIn('editor');
    const videos = new VideosPage(page);
    await videos.open();
    const [videoId] = await videos.displayedVideoIds(1);
    await videos.typeInto(0, 'Title', 'Replayed title that must never land');

    // Capture the save exactly as the browser sends it, and stop it from reaching the server.
    const capture = await captureVideosAction(page);
    await videos.reviewAndSave();
    const action = await capture.caught();
    await app.control.clearRequests();

    const replay = (context: APIRequestContext) =>
      postServerAction(context, action.url, action.actionId, action.body);

    const anonymous = await playwrightRequest.newContext();
    const anonymousReply = await replay(anonymous);
    expect(await anonymousReply.text()).toContain('unauthenticated');
    await anonymous.dispose();

    const viewer = await pageAs('viewer');
    const viewerReply = await replay(viewer.request);
    expect(await viewerReply.text()).toContain('forbidden');

    const vodCalls = await app.control.requests();
    expect(vodCalls.filter((call) => VOD_WRITES.includes(call.action))).toEqual([]);
    expect((await app.control.getVideo(videoId!))?.Title).not.toBe('Replayed title that must never land');

    await page.unroute('**/videos**');
    const admin = await pageAs('admin');
    await admin.goto('/batches');
    await expect(admin.getByText('No batches match these filters.')).toBeVisible();
  });
});
