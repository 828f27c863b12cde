import { describe, expect, it } from 'vitest';
import { VodError } from './errors';
import { classifyUpdate, failedOutcomes, isItemRejection } from './outcomes';
import type { VideoChange } from './types';

const items: VideoChange[] = [
  { videoId: 'ok', changes: { title: 'a' } },
  { videoId: 'forbidden', changes: { title: 'b' } },
  { videoId: 'gone', changes: { title: 'c' } },
  { videoId: 'ref', changes: { referenceId: 'missing-ref' } },
  { videoId: 'both', changes: { title: 'e' } },
];

const error = (code: string, httpStatus: number, retryable = false) =>
  new VodError({ code, message: `${code} message`, httpStatus, requestId: 'REQ-9', retryable });

describe('[vod][outcomes] classifyUpdate', () => {
  it('gives every item a status from the failure lists, updated otherwise', () => {
    const outcomes = classifyUpdate(items, {
      RequestId: 'REQ-1',
      ForbiddenVideoIds: ['forbidden', 'both'],
      NonExistVideoIds: ['gone', 'both', 'not-sent'],
      NonExistReferenceIds: ['missing-ref'],
    });
    expect(outcomes.map((o) => [o.videoId, o.status])).toEqual([
      ['ok', 'updated'],
      ['forbidden', 'forbidden'],
      ['gone', 'not_found'],
      ['ref', 'reference_not_found'],
      ['both', 'forbidden'],
    ]);
    expect(outcomes.every((o) => o.requestId === 'REQ-1' && o.error === undefined)).toBe(true);
  });
});

describe('[vod][outcomes] isItemRejection', () => {
  it.each([
    ['InvalidParameter', 400, true],
    ['InvalidCateId.NotFound', 404, true],
    ['InvalidTitle', 400, true],
    ['Forbidden.IllegalStatus', 400, true],
    ['InvalidAccessKeyId.NotFound', 404, false],
    ['InvalidTimeStamp.Expired', 400, false],
    ['InvalidSecurityToken.Expired', 400, false],
    ['InvalidAction.NotFound', 404, false],
    ['SignatureDoesNotMatch', 400, false],
    ['Forbidden', 403, false],
    ['CountExceededMax', 400, false],
    ['MissingUpdateContent', 400, false],
  ])('%s (%i) → %s', (code, status, expected) => {
    expect(isItemRejection(error(code, status))).toBe(expected);
  });

  it('never splits for a retryable error', () => {
    expect(isItemRejection(error('InvalidParameter', 400, true))).toBe(false);
  });
});

describe('[vod][outcomes] failedOutcomes', () => {
  it('fails every item with the error code, message, request id and retryability', () => {
    expect(failedOutcomes(items.slice(0, 2), error('ServiceUnavailable', 503, true))).toEqual([
      {
        videoId: 'ok',
        status: 'failed',
        requestId: 'REQ-9',
        error: { code: 'ServiceUnavailable', message: 'ServiceUnavailable message', retryable: true },
      },
      {
        videoId: 'forbidden',
        status: 'failed',
        requestId: 'REQ-9',
        error: { code: 'ServiceUnavailable', message: 'ServiceUnavailable message', retryable: true },
      },
    ]);
  });

  it('reports a lone item VOD says does not exist as not_found', () => {
    expect(failedOutcomes(items.slice(0, 1), error('InvalidVideo.NotFound', 404))).toEqual([
      { videoId: 'ok', status: 'not_found', requestId: 'REQ-9' },
    ]);
  });
});
