import { describe, expect, it } from 'vitest';
import { checkActionBodyText, refuseActionBody } from './action-body';
import { ACTION_BODY_LIMIT_BYTES } from './action-body-limit';

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://app.test/videos', {
    method: 'POST',
    headers: { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body,
  });

describe('[http][action-body] a server action body is checked before the action decodes it', () => {
  it('lets a save through', () => {
    expect(checkActionBodyText(JSON.stringify([{ items: [{ videoId: 'v', tags: ['a'] }] }]))).toBeNull();
  });

  it('refuses text that is not JSON, and JSON nested 100,000 deep, as invalid_input', () => {
    expect(checkActionBodyText('this is not json')).toMatchObject({ code: 'invalid_input' });
    expect(checkActionBodyText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toMatchObject({
      code: 'invalid_input',
    });
    // Brackets inside strings are text, not nesting.
    expect(checkActionBodyText(JSON.stringify(['['.repeat(1_000)]))).toBeNull();
  });

  it('refuses a body over the limit as too_large, naming the limit', async () => {
    const reply = await refuseActionBody(
      post('[]', { 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }),
    );
    expect(reply?.status).toBe(413);
    expect(await reply?.json()).toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringContaining('40 MB') },
    });
  });

  it('leaves other requests alone', async () => {
    expect(await refuseActionBody(new Request('http://app.test/videos'))).toBeNull();
    expect(await refuseActionBody(post('not json', { 'next-action': '' }))).toMatchObject({ status: 400 });
    const plain = new Request('http://app.test/videos', { method: 'POST', body: 'not json' });
    expect(await refuseActionBody(plain)).toBeNull();
  });
});
