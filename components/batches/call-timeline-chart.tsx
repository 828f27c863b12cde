'use client';

import { useTranslations } from 'next-intl';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFigure } from '@/components/ui/chart-figure';
import { ChartLegend } from '@/components/ui/chart-legend';
import type { CallTimeline } from '@/lib/history/call-timeline';

/** Runs of waiting seconds, as [first, last] pairs, to shade behind the bars. */
function waitSpans(timeline: CallTimeline): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const second of timeline.seconds) {
    if (!second.isWaiting) continue;
    const last = spans.at(-1);
    if (last && last[1] === second.second - 1) last[1] = second.second;
    else spans.push([second.second, second.second]);
  }
  return spans;
}

/**
 * A batch's calls per second against the account's limit: first calls, retries and throttled answers
 * stacked, waits shaded; a table toggle gives the same numbers.
 */
export function CallTimelineChart({ timeline, limit }: { timeline: CallTimeline; limit: number }) {
  const t = useTranslations();
  const data = timeline.seconds.map((second) => ({
    ...second,
    // Throttled calls are part of the retries and first calls; drawn apart so the stack adds up.
    callsShown: second.calls - Math.min(second.calls, second.throttled),
    retriesShown: second.retries - Math.max(0, second.throttled - second.calls),
  }));
  return (
    <ChartFigure
      title={t('batches.timeline.title')}
      summary={t('batches.timeline.summary', {
        totalCalls: timeline.totalCalls,
        retries: timeline.retries,
        throttled: timeline.throttled,
        peak: timeline.peakPerSecond,
        limit,
        waits: timeline.waitingSeconds,
        seconds: timeline.seconds.length,
      })}
      table={{
        columns: [
          { label: t('batches.timeline.second'), isNumeric: true },
          { label: t('batches.timeline.calls'), isNumeric: true },
          { label: t('batches.timeline.retries'), isNumeric: true },
          { label: t('batches.timeline.throttled'), isNumeric: true },
          { label: t('batches.timeline.waiting') },
        ],
        rows: timeline.seconds.map((s) => [
          s.second,
          s.calls,
          s.retries,
          s.throttled,
          s.isWaiting ? t('batches.timeline.yes') : '',
        ]),
      }}
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }} barCategoryGap={1}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis
            dataKey="second"
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            tickFormatter={(second: number) => t('batches.duration.seconds', { s: String(second) })}
          />
          <YAxis
            allowDecimals={false}
            domain={[0, (max: number) => Math.max(max, limit + 2)]}
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
          />
          <Tooltip />
          <Legend content={({ payload }) => <ChartLegend payload={payload} />} />
          {waitSpans(timeline).map(([from, to]) => (
            <ReferenceArea key={from} x1={from} x2={to} fill="var(--border)" fillOpacity={0.5} />
          ))}
          <ReferenceLine
            y={limit}
            stroke="var(--danger)"
            strokeDasharray="6 3"
            label={{
              value: t('batches.timeline.limit', { n: limit }),
              position: 'insideTopRight',
              fill: 'var(--danger)',
              fontSize: 12,
            }}
          />
          <Bar
            dataKey="callsShown"
            name={t('batches.timeline.calls')}
            stackId="calls"
            fill="var(--accent)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="retriesShown"
            name={t('batches.timeline.retries')}
            stackId="calls"
            fill="var(--warning)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="throttled"
            name={t('batches.timeline.throttled')}
            stackId="calls"
            fill="var(--danger)"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
