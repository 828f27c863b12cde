import { describe, expect, it } from 'vitest';
import { isRetryableServerError, sanitize, toVodError, VodError } from './errors';

/** The shape of @alicloud/tea-typescript's ResponseError for a VOD JSON error body. */
function responseError(status: number, body: Record<string, unknown>) {
  const error = new Error(`${body.Code}: code: ${status}, ${body.Message} request id: ${body.RequestId}`);
  return Object.assign(error, { code: body.Code, statusCode: status, data: { ...body, statusCode: status } });
}

describe('[vod][errors] toVodError', () => {
  it('takes code, status, message and request id from a VOD error body', () => {
    const error = toVodError(
      responseError(400, { Code: 'InvalidParameter', Message: 'Item 3: Title too long', RequestId: 'REQ-1' }),
    );
    expect(error).toBeInstanceOf(VodError);
    expect(error).toMatchObject({
      code: 'InvalidParameter',
      httpStatus: 400,
      requestId: 'REQ-1',
      retryable: false,
      message: 'Item 3: Title too long',
    });
  });

  it.each([
    ['Throttling.User', 400, true],
    ['Throttling', 503, true],
    ['Rejected.Throttling', 400, true],
    ['ServiceUnavailable', 503, true],
    ['ServiceUnAvailable', 503, true],
    ['InternalError', 500, true],
    ['SomethingOdd', 502, true],
    ['SignatureDoesNotMatch', 400, false],
    ['Forbidden.RAM', 403, false],
    ['InvalidVideo.NotFound', 404, false],
    ['CountExceededMax', 400, false],
  ])('classifies %s (%i) as retryable=%s', (code, status, retryable) => {
    expect(toVodError(responseError(status, { Code: code, Message: 'm', RequestId: 'r' })).retryable).toBe(
      retryable,
    );
    expect(isRetryableServerError(code, status)).toBe(retryable);
  });

  it('maps httpx timeouts to a retryable RequestTimeout without the URL query', () => {
    const read = Object.assign(new Error(), {
      name: 'RequestTimeoutError',
      message:
        'ReadTimeout(500). POST http://127.0.0.1:4010/?UpdateContent=%5B%7B%22VideoId%22%3A%22v1%22%7D%5D&AccessKeyId=AK failed.',
    });
    const error = toVodError(read);
    expect(error).toMatchObject({ code: 'RequestTimeout', retryable: true, httpStatus: null });
    expect(error.message).toBe('ReadTimeout(500). POST http://127.0.0.1:4010/ failed.');
    const connect = Object.assign(new Error('ConnectTimeout: Connect http://h:1/?Signature=abc failed.'), {
      name: 'RequestTimeoutError',
    });
    expect(toVodError(connect).message).not.toContain('Signature');
  });

  it('maps refused and reset connections to a retryable ConnectionFailed', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(toVodError(refused)).toMatchObject({ code: 'ConnectionFailed', retryable: true });
    expect(toVodError(new Error('socket hang up'))).toMatchObject({
      code: 'ConnectionFailed',
      retryable: true,
    });
  });

  it('maps a non-JSON body to a retryable InvalidResponse and anything else to a final UnknownError', () => {
    expect(toVodError(new SyntaxError('Unexpected token <'))).toMatchObject({
      code: 'InvalidResponse',
      retryable: true,
    });
    expect(toVodError('boom')).toMatchObject({ code: 'UnknownError', retryable: false, message: 'boom' });
  });

  it('never carries the secret or the security token', () => {
    const secret = 'S3cr3t-Key-Value';
    const token = 'sts-token-value';
    const error = toVodError(
      responseError(400, {
        Code: 'SignatureDoesNotMatch',
        Message: `string to sign used ${secret} and ${token}`,
        RequestId: 'r',
      }),
      [secret, token],
    );
    expect(JSON.stringify({ ...error, message: error.message })).not.toMatch(/S3cr3t|sts-token/);
  });
});

describe('[vod][errors] sanitize', () => {
  it('strips query strings and fragments from every URL and leaves other text alone', () => {
    expect(sanitize('GET https://a.b/c?x=1 and http://d/e#f then ?q=1')).toBe(
      'GET https://a.b/c and http://d/e then ?q=1',
    );
  });
});
