import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { batchProblem } from './problems';
import { BatchError, isBatchError } from './types';

const t = translatorFor('en', 'batches');

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
    expect(batchProblem(foreign, t)).toMatchObject({ code: 'not_found', status: 404 });
    expect(batchProblem(new BatchError('not_found', 'x'), t)).toMatchObject({
      code: 'not_found',
      status: 404,
    });
    expect(batchProblem(new BatchError('unfinished', 'x'), t)).toMatchObject({
      code: 'conflict',
      status: 409,
    });
  });

  it('answers null for any other error or an unknown code', () => {
    expect(batchProblem(new Error('boom'), t)).toBeNull();
    expect(batchProblem({ name: 'BatchError', code: 'not_found' }, t)).toBeNull();
    expect(
      batchProblem(Object.assign(new Error('x'), { name: 'BatchError', code: 'exploded' }), t),
    ).toBeNull();
  });
});
