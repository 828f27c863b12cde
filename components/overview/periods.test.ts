import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysOf, periodRange } from './periods';

describe('[OVERVIEW] periods in the viewer’s days', () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    // A zone with a daylight-saving change inside the tested range (Sunday 2025-03-30 in Berlin).
    process.env.TZ = 'Europe/Berlin';
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  const now = new Date(2025, 2, 31, 15, 30);

  it('today runs from local midnight to the next', () => {
    expect(periodRange('today', now)).toEqual({ from: new Date(2025, 2, 31), to: new Date(2025, 3, 1) });
  });

  it('7 and 30 days end tomorrow at midnight and count today', () => {
    const week = periodRange('week', now)!;
    expect(week.from).toEqual(new Date(2025, 2, 25));
    expect(daysOf(week)).toEqual([
      '2025-03-25',
      '2025-03-26',
      '2025-03-27',
      '2025-03-28',
      '2025-03-29',
      '2025-03-30',
      '2025-03-31',
    ]);
    expect(daysOf(periodRange('month', now)!)).toHaveLength(30);
  });

  it('a custom period takes whole days, and refuses an end before its start or a malformed day', () => {
    expect(periodRange('custom', now, { from: '2025-03-01', to: '2025-03-02' })).toEqual({
      from: new Date(2025, 2, 1),
      to: new Date(2025, 2, 3),
    });
    expect(periodRange('custom', now, { from: '2025-03-02', to: '2025-03-01' })).toBeNull();
    expect(periodRange('custom', now, { from: 'yesterday', to: '2025-03-01' })).toBeNull();
  });
});
