import { describe, expect, it } from 'vitest';
import {
  type AuditParams,
  auditExportHref,
  auditHref,
  type BatchDetailParams,
  type BatchListParams,
  batchDetailHref,
  batchExportHref,
  batchListHref,
  batchOutcomesHref,
  parseAuditParams,
  parseBatchDetailParams,
  parseBatchListParams,
  parseExportFormat,
  parseOutcomesCursor,
} from './search-params';

const USER = '6f1c2d3e-0000-4000-8000-00000000abcd';
const BATCH = '0b7c3a52-5a0e-4d55-9d1b-1e0f6a4c2b11';

/** The params a link's URL carries, as Next.js hands them to the page. */
function paramsOf(href: string): Record<string, string> {
  return Object.fromEntries(new URL(href, 'http://app.test').searchParams);
}

// Values a hostile or mangled link can carry: none may throw or reach a query.
const HOSTILE = [
  '<script>alert(1)</script>',
  "x'; drop table batches; --",
  '%E0%A4%A',
  '../../etc/passwd',
  'abc',
  '',
  ' ',
  'null',
  '9'.repeat(5000),
  '+275760-09-13T00:00:00.000Z',
  '-100000-01-01T00:00:00.000Z',
];

describe('parseBatchListParams', () => {
  it('reads valid filters', () => {
    expect(
      parseBatchListParams({
        user: USER,
        outcome: 'conflict',
        status: 'done_with_problems',
        from: '2025-03-03T16:00:00.000Z',
        to: ['2025-03-04T16:00:00.000Z', 'ignored'],
        cursor: 'abc',
      }),
    ).toEqual({
      user: USER,
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

  it('treats a form field left empty (null) as absent', () => {
    expect(parseBatchListParams({ user: '', outcome: null, q: '   ', status: 'running' })).toEqual({
      status: 'running',
    });
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
        actor: USER,
        action: 'user.role_changed',
        from: '2025-03-03T16:00:00Z',
      }),
    ).toEqual({
      actor: USER,
      action: 'user.role_changed',
      from: new Date('2025-03-03T16:00:00Z'),
    });
    expect(parseAuditParams({ actor: 'bob', action: "x'; drop table", to: 'soon' })).toEqual({});
  });
});

describe('history links', () => {
  it('round-trip every filter and cursor of /batches through the URL', () => {
    const params: BatchListParams = {
      user: USER,
      outcome: 'reference_not_found',
      status: 'interrupted',
      from: new Date('2025-03-03T16:00:00.000Z'),
      to: new Date('2025-03-04T16:00:00.000Z'),
      q: 'Spring sale & "100%" #1 + 猫',
      cursor: 'eyJhIjoxfQ==',
    };
    const href = batchListHref(params);
    expect(href.startsWith('/batches?')).toBe(true);
    expect(parseBatchListParams(paramsOf(href))).toEqual(params);
  });

  it('round-trip a batch page’s item filter and both cursors', () => {
    const params: BatchDetailParams = { outcome: 'sending', q: 'a&b=c', cursor: 'c1', chunks: 'c 2' };
    const href = batchDetailHref(BATCH, params);
    expect(href.startsWith(`/batches/${BATCH}?`)).toBe(true);
    expect(parseBatchDetailParams(paramsOf(href))).toEqual(params);
  });

  it('round-trip the audit filters, to the page and to its CSV download alike', () => {
    const params: AuditParams = {
      actor: USER,
      action: 'auth.sign_in_failed',
      from: new Date('2025-01-01T00:00:00.000Z'),
      to: new Date('2025-02-01T00:00:00.000Z'),
      cursor: 'c3',
    };
    expect(parseAuditParams(paramsOf(auditHref(params)))).toEqual(params);
    const download = auditExportHref(params);
    expect(download.startsWith('/api/audit/export?')).toBe(true);
    expect(parseAuditParams(paramsOf(download))).toEqual(params);
  });

  it('leave out what is off, so an unfiltered link is the bare page', () => {
    expect(batchListHref({})).toBe('/batches');
    expect(auditHref({})).toBe('/audit');
    expect(batchDetailHref(BATCH, {})).toBe(`/batches/${BATCH}`);
    expect(batchListHref({ user: USER })).toBe(`/batches?user=${USER}`);
    expect(batchDetailHref(BATCH, { outcome: 'failed' })).toBe(`/batches/${BATCH}?outcome=failed`);
  });
});

describe('hostile URLs', () => {
  it('fall back to no filter for every param of every history page, never throwing', () => {
    for (const value of HOSTILE) {
      const list = parseBatchListParams({
        user: value,
        outcome: value,
        status: value,
        from: value,
        to: value,
      });
      expect(list).toEqual({});
      expect(parseBatchDetailParams({ outcome: value })).toEqual({});
      expect(parseAuditParams({ actor: value, action: value, from: value, to: value })).toEqual({});
    }
  });

  it('keep free text as text, to be matched and never run', () => {
    const hostile = '<script>alert(1)</script>';
    const parsed = parseBatchListParams(paramsOf(`/batches?q=${encodeURIComponent(hostile)}&page=abc`));
    expect(parsed).toEqual({ q: hostile });
    expect(parseBatchListParams(paramsOf(batchListHref(parsed)))).toEqual(parsed);
  });
});

describe('the outcomes page of a save', () => {
  it('round-trips its cursor; no cursor is the first page', () => {
    const next = new URL(batchOutcomesHref(BATCH, 4096), 'http://app.test');
    expect(next.pathname).toBe(`/api/batches/${BATCH}/outcomes`);
    expect(parseOutcomesCursor(next.searchParams)).toEqual({ cursor: 4096 });
    expect(batchOutcomesHref(BATCH, null)).toBe(`/api/batches/${BATCH}/outcomes`);
    expect(parseOutcomesCursor(new URLSearchParams())).toEqual({ cursor: null });
  });

  it('refuses a malformed cursor instead of reading it as the first page', () => {
    for (const value of ['', 'abc', '-1', '1.5', '<script>', '9'.repeat(16)]) {
      expect(parseOutcomesCursor(new URLSearchParams({ cursor: value }))).toBeNull();
    }
  });
});

describe('a batch download', () => {
  it('round-trips its format; none is CSV; anything else is refused', () => {
    for (const format of ['csv', 'json'] as const) {
      const href = new URL(batchExportHref(BATCH, format), 'http://app.test');
      expect(href.pathname).toBe(`/api/batches/${BATCH}/export`);
      expect(parseExportFormat(href.searchParams)).toBe(format);
    }
    expect(parseExportFormat(new URLSearchParams())).toBe('csv');
    for (const value of ['', 'xlsx', 'CSV', '<script>']) {
      expect(parseExportFormat(new URLSearchParams({ format: value }))).toBeNull();
    }
  });
});
