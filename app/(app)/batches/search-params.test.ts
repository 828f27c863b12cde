import { describe, expect, it } from 'vitest';
import { parseAuditParams, parseBatchDetailParams, parseBatchListParams } from './search-params';

describe('parseBatchListParams', () => {
  it('reads valid filters', () => {
    expect(
      parseBatchListParams({
        user: '6f1c2d3e-0000-4000-8000-00000000abcd',
        outcome: 'conflict',
        status: 'done_with_problems',
        from: '2025-03-03T16:00:00.000Z',
        to: ['2025-03-04T16:00:00.000Z', 'ignored'],
        cursor: 'abc',
      }),
    ).toEqual({
      user: '6f1c2d3e-0000-4000-8000-00000000abcd',
      outcome: 'conflict',
      status: 'done_with_problems',
      from: new Date('2025-03-03T16:00:00.000Z'),
      to: new Date('2025-03-04T16:00:00.000Z'),
      cursor: 'abc',
    });
  });

  it('drops malformed values instead of failing', () => {
    expect(
      parseBatchListParams({
        user: 'admin',
        outcome: 'exploded',
        status: 'done;drop',
        from: 'yesterday',
        to: '',
      }),
    ).toEqual({});
  });
});

describe('parseBatchDetailParams', () => {
  it('reads the item filters and both cursors, trimming the search', () => {
    expect(
      parseBatchDetailParams({ outcome: 'not_found', q: '  cat  ', cursor: 'c1', chunks: 'c2' }),
    ).toEqual({
      outcome: 'not_found',
      q: 'cat',
      cursor: 'c1',
      chunks: 'c2',
    });
    expect(parseBatchDetailParams({ outcome: 'nope', q: 'x'.repeat(500) })).toEqual({});
  });
});

describe('parseAuditParams', () => {
  it('reads actor, action, range and cursor; drops malformed ones', () => {
    expect(
      parseAuditParams({
        actor: '6f1c2d3e-0000-4000-8000-00000000abcd',
        action: 'user.role_changed',
        from: '2025-03-03T16:00:00Z',
      }),
    ).toEqual({
      actor: '6f1c2d3e-0000-4000-8000-00000000abcd',
      action: 'user.role_changed',
      from: new Date('2025-03-03T16:00:00Z'),
    });
    expect(parseAuditParams({ actor: 'bob', action: "x'; drop table", to: 'soon' })).toEqual({});
  });
});
