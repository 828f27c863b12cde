import { describe, expect, it } from 'vitest';
import { batchProblem } from './problems';
import { BatchError, isBatchError } from './types';

describe('[BATCHES][errors] mapped by code, not by class identity', () => {
  it('maps a BatchError built by another bundle (another class of the same name) like our own', () => {
    class OtherBundleBatchError extends Error {
      constructor(readonly code: string) {
        super('elsewhere');
        this.name = 'BatchError';
      }
    }
    const foreign = new OtherBundleBatchError('forbidden');
    expect(foreign instanceof BatchError).toBe(false);
    expect(isBatchError(foreign)).toBe(true);
    expect(batchProblem(foreign)).toMatchObject({ code: 'not_found', status: 404 });
    expect(batchProblem(new BatchError('not_found', 'x'))).toMatchObject({ code: 'not_found', status: 404 });
    expect(batchProblem(new BatchError('unfinished', 'x'))).toMatchObject({ code: 'conflict', status: 409 });
  });

  it('answers null for any other error or an unknown code', () => {
    expect(batchProblem(new Error('boom'))).toBeNull();
    expect(batchProblem({ name: 'BatchError', code: 'not_found' })).toBeNull();
    expect(batchProblem(Object.assign(new Error('x'), { name: 'BatchError', code: 'exploded' }))).toBeNull();
  });
});
