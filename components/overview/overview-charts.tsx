import { useTranslations } from 'next-intl';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartLegend } from '@/components/ui/chart-legend';

const HEIGHT = 260;

/** Videos changed (bars) and batches (line, right axis) per day, each point labelled with its number. */
export function DailyChart({
  days,
}: {
  days: readonly { day: string; videosChanged: number; batches: number }[];
}) {
  const t = useTranslations();
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <ComposedChart data={[...days]} margin={{ top: 20, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="day" tick={{ fill: 'var(--text-muted)', fontSize: 12 }} />
        <YAxis yAxisId="videos" allowDecimals={false} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} />
        <YAxis
          yAxisId="batches"
          orientation="right"
          allowDecimals={false}
          tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
        />
        <Tooltip />
        <Legend content={({ payload }) => <ChartLegend payload={payload} />} />
        <Bar
          yAxisId="videos"
          dataKey="videosChanged"
          name={t('overview.daily.videosChanged')}
          fill="var(--accent)"
          isAnimationActive={false}
        >
          <LabelList dataKey="videosChanged" position="top" fill="var(--text)" fontSize={12} />
        </Bar>
        <Line
          yAxisId="batches"
          dataKey="batches"
          name={t('overview.daily.batches')}
          stroke="var(--warning)"
          strokeWidth={2}
          isAnimationActive={false}
        >
          <LabelList dataKey="batches" position="right" fill="var(--warning)" fontSize={12} />
        </Line>
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** Videos per outcome as horizontal bars, each labelled with its number. */
export function OutcomeChart({
  outcomes,
}: {
  outcomes: readonly { label: string; videos: number; isProblem: boolean }[];
}) {
  const t = useTranslations();
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={[...outcomes]} layout="vertical" margin={{ top: 0, right: 48, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="var(--border)" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fill: 'var(--text)', fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="videos" name={t('overview.outcomes.videos')} isAnimationActive={false}>
          {outcomes.map((outcome) => (
            <Cell key={outcome.label} fill={outcome.isProblem ? 'var(--danger)' : 'var(--success)'} />
          ))}
          <LabelList dataKey="videos" position="right" fill="var(--text)" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
