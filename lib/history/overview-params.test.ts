import { describe, expect, it } from 'vitest';
import { OVERVIEW_MAX_DAYS, overviewApiHref, parseOverviewQuery } from './overview-params';

const searchOf = (href: string) => new URL(href, 'http://app.test').searchParams;

describe('/api/overview query', () => {
  it('round-trips a period and its time zone', () => {
    const query = {
      from: new Date('2025-03-02T16:00:00.000Z'),
      to: new Date('2025-03-09T16:00:00.000Z'),
      tz: 'Asia/Shanghai',
    };
    const href = overviewApiHref(query);
    expect(href.startsWith('/api/overview?')).toBe(true);
    expect(parseOverviewQuery(searchOf(href))).toEqual(query);
  });

  it('refuses an empty, reversed or too long period', () => {
    const from = new Date('2025-01-01T00:00:00.000Z');
    const at = (days: number) => new Date(from.getTime() + days * 86_400_000);
    const read = (to: Date) => parseOverviewQuery(searchOf(overviewApiHref({ from, to, tz: 'UTC' })));
    expect(read(at(OVERVIEW_MAX_DAYS))).not.toBeNull();
    expect(read(at(OVERVIEW_MAX_DAYS + 1))).toBeNull();
    expect(read(from)).toBeNull();
    expect(read(at(-1))).toBeNull();
  });

  it('reads hostile values as a refusal, never throwing', () => {
    for (const value of [
      '<script>',
      'abc',
      '',
      'Mars/Olympus_Mons',
      '+275760-09-13T00:00:00.000Z',
      'x'.repeat(500),
    ]) {
      const params = new URLSearchParams({ from: value, to: '2025-01-02T00:00:00Z', tz: 'UTC' });
      expect(parseOverviewQuery(params)).toBeNull();
      expect(
        parseOverviewQuery(
          new URLSearchParams({ from: '2025-01-01T00:00:00Z', to: '2025-01-02T00:00:00Z', tz: value }),
        ),
      ).toBeNull();
    }
  });
});
