import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDay, dayEndIso, dayStartIso } from './local-dates';

const originalTz = process.env.TZ;

beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});

afterAll(() => {
  process.env.TZ = originalTz;
});

describe('local date range', () => {
  it('turns a local day into the instants it starts and ends at', () => {
    expect(dayStartIso('2025-03-04')).toBe('2025-03-03T16:00:00.000Z');
    expect(dayEndIso('2025-03-04')).toBe('2025-03-04T16:00:00.000Z');
    expect(dayEndIso('2025-12-31')).toBe('2025-12-31T16:00:00.000Z');
  });

  it('rejects anything but YYYY-MM-DD', () => {
    expect(dayStartIso('')).toBeNull();
    expect(dayStartIso('2025-3-4')).toBeNull();
    expect(dayEndIso('yesterday')).toBeNull();
  });

  it('shows an instant as the local day, and an exclusive end as the day before', () => {
    expect(calendarDay('2025-03-03T16:00:00.000Z')).toBe('2025-03-04');
    expect(calendarDay('2025-03-04T16:00:00.000Z', { isExclusiveEnd: true })).toBe('2025-03-04');
    expect(calendarDay('2025-03-04T16:00:00.000Z', { isExclusiveEnd: true, isUtc: true })).toBe('2025-03-04');
    expect(calendarDay('2025-03-03T16:00:00.000Z', { isUtc: true })).toBe('2025-03-03');
    expect(calendarDay('nonsense')).toBe('');
  });
});
