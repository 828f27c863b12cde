import { describe, expect, it } from 'vitest';
import { BatchError, batchErrorCode } from './types';

describe('[BATCHES][errors] mapped by code, not by class identity', () => {
  it('reads the code of a BatchError built by another bundle (another class of the same name)', () => {
    class OtherBundleBatchError extends Error {
      constructor(readonly code: string) {
        super('elsewhere');
        this.name = 'BatchError';
      }
    }
    expect(new OtherBundleBatchError('not_found') instanceof BatchError).toBe(false);
    expect(batchErrorCode(new OtherBundleBatchError('not_found'))).toBe('not_found');
    expect(batchErrorCode(new BatchError('unfinished', 'x'))).toBe('unfinished');
  });

  it('answers null for any other error or an unknown code', () => {
    expect(batchErrorCode(new Error('boom'))).toBeNull();
    expect(batchErrorCode({ name: 'BatchError', code: 'not_found' })).toBeNull();
    const odd = Object.assign(new Error('x'), { name: 'BatchError', code: 'exploded' });
    expect(batchErrorCode(odd)).toBeNull();
  });
});
