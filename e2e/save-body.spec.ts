import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';
import { captureVideosAction } from './support/server-actions';

test.describe('[SECURITY][ACTIONS] save bodies the server cannot take get a clear error', () => {
  test('[SECURITY][ACTIONS] an 11 MiB save, a 41 MiB body, a body that is not JSON and JSON nested 100,000 deep change nothing and leave the server up', async ({
    page,
    app,
    signIn,
  }) => {
    await app.control.reset({ seed: 1, videos: 300 });
    await signIn('editor');
    const videos = new VideosPage(page);
    await videos.open();
    const [videoId] = await videos.displayedVideoIds(1);
    await videos.typeInto(0, 'Title', 'A title that must never land');

    // The save exactly as the browser sends it, stopped before it reaches the server.
    const capture = await captureVideosAction(page);
    await videos.reviewAndSave();
    const action = await capture.caught();
    await app.control.clearRequests();
    const headers = {
      'next-action': action.actionId,
      'content-type': action.contentType,
      accept: 'text/x-component',
    };
    const send = (data: string) => page.request.post(action.url, { headers, data, timeout: 60_000 });

    // Over Next's former 10 MB proxy cut, under the 40 MB limit: the action itself refuses the huge title.
    const huge = JSON.parse(action.body) as [{ items: Array<{ changes: { title?: string } }> }];
    huge[0].items[0]!.changes.title = 'x'.repeat(11 * 1024 * 1024);
    const elevenMiB = await send(JSON.stringify(huge));
    expect(elevenMiB.status()).toBeLessThan(500);
    expect(await elevenMiB.text()).toContain('invalid_input');

    const overLimit = await send('x'.repeat(41 * 1024 * 1024));
    expect(overLimit.status()).toBe(413);
    expect(await overLimit.json()).toMatchObject({
      error: { code: 'too_large', message: expect.stringContaining('40 MB') },
    });

    const notJson = await send('{"items": [this is not json');
    expect(notJson.status()).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: 'invalid_input' } });

    const deep = await send(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(deep.status()).toBe(400);
    expect(await deep.json()).toMatchObject({ error: { code: 'invalid_input' } });

    expect((await page.request.get('/api/health')).ok()).toBe(true);
    const vodCalls = await app.control.requests();
    expect(vodCalls.filter((call) => call.action === 'UpdateVideoInfos')).toEqual([]);
    expect((await app.control.getVideo(videoId!))?.Title).not.toBe('A title that must never land');
  });
});
