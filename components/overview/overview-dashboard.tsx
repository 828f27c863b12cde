'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { ChartFigure } from '@/components/ui/chart-figure';
import type { OverviewData } from '@/lib/db/queries/overview';
import { OVERVIEW_MAX_DAYS, overviewApiHref } from '@/lib/history/overview-params';
import { batchDetailHref, batchListHref } from '@/lib/history/search-params';
import { BATCH_OUTCOMES } from '@/lib/history/statuses';
import { videosHref } from '@/lib/videos/filter-params';
import { ActiveBatches } from './active-batches';
import styles from './overview.module.css';
import { DailyChart, OutcomeChart } from './overview-charts';
import {
  daysOf,
  formatDay,
  PERIOD_CHOICES,
  type PeriodChoice,
  type PeriodRange,
  periodRange,
} from './periods';

type Load =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; data: OverviewData; range: PeriodRange };

/** The admin overview: a period picker and, for that period, the charts and tables read from /api/overview. */
export function OverviewDashboard() {
  const t = useTranslations();
  const [choice, setChoice] = useState<PeriodChoice>('today');
  const [custom, setCustom] = useState(() => {
    const today = formatDay(new Date());
    return { from: today, to: today };
  });
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // Choosing a period or trying again takes a fresh "now", so a page left open moves on with the clock.
  const [now, setNow] = useState(() => new Date());

  const range = useMemo(() => periodRange(choice, now, custom), [choice, now, custom]);

  const fetchOverview = useCallback(async (period: PeriodRange, signal: AbortSignal) => {
    const href = overviewApiHref({
      from: period.from,
      to: period.to,
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const response = await fetch(href, { signal, cache: 'no-store' });
    if (!response.ok) throw new Error(`overview answered ${response.status}`);
    return (await response.json()) as OverviewData;
  }, []);

  useEffect(() => {
    if (!range) return;
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    fetchOverview(range, controller.signal)
      .then((data) => setLoad({ state: 'ready', data, range }))
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ state: 'failed' });
      });
    return () => controller.abort();
  }, [range, fetchOverview]);

  const applyCustom = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setCustom({ from: String(form.get('from') ?? ''), to: String(form.get('to') ?? '') });
  };

  return (
    <>
      <fieldset className={styles.periods}>
        <legend>{t('overview.period.legend')}</legend>
        {PERIOD_CHOICES.map((option) => (
          <label key={option} className={styles.periodOption}>
            <input
              type="radio"
              name="period"
              value={option}
              checked={choice === option}
              onChange={() => {
                setChoice(option);
                setNow(new Date());
              }}
            />
            {t(`overview.period.${option}`)}
          </label>
        ))}
        {choice === 'custom' && (
          <form className={styles.custom} onSubmit={applyCustom}>
            <label className="field">
              <span>{t('overview.period.from')}</span>
              <input type="date" name="from" defaultValue={custom.from} required />
            </label>
            <label className="field">
              <span>{t('overview.period.to')}</span>
              <input type="date" name="to" defaultValue={custom.to} required />
            </label>
            <button type="submit" className="btn btn-primary">
              {t('overview.period.apply')}
            </button>
          </form>
        )}
      </fieldset>
      {!range && (
        <p className="alert" role="alert">
          {t('overview.badPeriod', { maxDays: OVERVIEW_MAX_DAYS })}
        </p>
      )}
      <div aria-live="polite" aria-busy={load.state === 'loading'}>
        {load.state === 'loading' && range && <p className={styles.muted}>{t('overview.loading')}</p>}
        {load.state === 'failed' && (
          <p className="alert" role="alert">
            {t('overview.failed')}{' '}
            <button type="button" className="btn" onClick={() => setNow(new Date())}>
              {t('overview.retry')}
            </button>
          </p>
        )}
      </div>
      {load.state === 'ready' && <OverviewBody data={load.data} range={load.range} />}
      <ActiveBatches />
    </>
  );
}

function OverviewBody({ data, range }: { data: OverviewData; range: PeriodRange }) {
  const t = useTranslations();
  const format = useFormatter();
  const byDay = new Map(data.days.map((day) => [day.day, day]));
  const days = daysOf(range).map((day) => byDay.get(day) ?? { day, batches: 0, videosChanged: 0 });
  const outcomes = BATCH_OUTCOMES.map((outcome) => ({
    label: t(`batches.outcomes.${outcome}`),
    videos: data.outcomes[outcome],
    isProblem: outcome !== 'updated',
  }));
  const problems = outcomes.filter((o) => o.isProblem).reduce((sum, o) => sum + o.videos, 0);
  const sent = outcomes.reduce((sum, o) => sum + o.videos, 0);

  return (
    <>
      <dl className={styles.totals}>
        <div>
          <dt>{t('overview.totals.videosChanged')}</dt>
          <dd>{format.number(data.totals.videosChanged)}</dd>
        </div>
        <div>
          <dt>{t('overview.totals.batches')}</dt>
          <dd>{format.number(data.totals.batches)}</dd>
        </div>
        <div>
          <dt>{t('overview.totals.problems')}</dt>
          <dd>{format.number(problems)}</dd>
        </div>
      </dl>
      <div className={styles.grid}>
        <ChartFigure
          title={t('overview.daily.title')}
          summary={t('overview.daily.summary', {
            days: days.length,
            videos: data.totals.videosChanged,
            batches: data.totals.batches,
          })}
          table={{
            columns: [
              { label: t('overview.daily.day') },
              { label: t('overview.daily.videosChanged'), isNumeric: true },
              { label: t('overview.daily.batches'), isNumeric: true },
            ],
            rows: days.map((day) => [day.day, day.videosChanged, day.batches]),
          }}
        >
          <DailyChart days={days} />
        </ChartFigure>
        <ChartFigure
          title={t('overview.outcomes.title')}
          summary={t('overview.outcomes.summary', { total: sent, problems })}
          table={{
            columns: [
              { label: t('overview.outcomes.outcome') },
              { label: t('overview.outcomes.videos'), isNumeric: true },
            ],
            rows: outcomes.map((outcome) => [outcome.label, outcome.videos]),
          }}
        >
          <OutcomeChart outcomes={outcomes} />
        </ChartFigure>
      </div>
      <div className={styles.grid}>
        <ProblemsTable problems={data.problems} />
        <EditorsTable editors={data.editors} />
      </div>
      <RepeatedFailures failures={data.repeatedFailures} />
    </>
  );
}

function ProblemsTable({ problems }: { problems: OverviewData['problems'] }) {
  const t = useTranslations();
  // Without a code of VOD's own the outcome stands in for it: shown by its name, not its identifier.
  const codeText = (problem: OverviewData['problems'][number]) =>
    problem.code === problem.outcome ? t(`batches.outcomes.${problem.outcome}`) : problem.code;
  const format = useFormatter();
  return (
    <section className={styles.panel} aria-labelledby="overview-problems">
      <h2 id="overview-problems">{t('overview.problems.title')}</h2>
      {problems.length === 0 ? (
        <p className={styles.muted}>{t('overview.problems.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('overview.problems.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.problems.code')}</th>
              <th scope="col">{t('overview.problems.outcome')}</th>
              <th scope="col" className={styles.numeric}>
                {t('overview.problems.videos')}
              </th>
              <th scope="col">{t('overview.problems.batches')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem) => (
              <tr key={`${problem.code}-${problem.outcome}`}>
                <th scope="row" className={styles.code}>
                  {codeText(problem)}
                </th>
                <td>{t(`batches.outcomes.${problem.outcome}`)}</td>
                <td className={styles.numeric}>{format.number(problem.videos)}</td>
                <td>
                  {problem.batchIds.map((id, index) => (
                    <Link
                      key={id}
                      href={batchDetailHref(id, { outcome: problem.outcome })}
                      aria-label={t('overview.problems.batchLinkLabel', {
                        code: codeText(problem),
                        n: index + 1,
                      })}
                      className={styles.batchLink}
                    >
                      {t('overview.problems.batchLink', { n: index + 1 })}
                    </Link>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function EditorsTable({ editors }: { editors: OverviewData['editors'] }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <section className={styles.panel} aria-labelledby="overview-editors">
      <h2 id="overview-editors">{t('overview.editors.title')}</h2>
      {editors.length === 0 ? (
        <p className={styles.muted}>{t('overview.editors.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('overview.editors.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.editors.editor')}</th>
              <th scope="col" className={styles.numeric}>
                {t('overview.editors.videosChanged')}
              </th>
              <th scope="col" className={styles.numeric}>
                {t('overview.editors.batches')}
              </th>
            </tr>
          </thead>
          <tbody>
            {editors.map((editor) => (
              <tr key={editor.userId}>
                <th scope="row">
                  <Link href={batchListHref({ user: editor.userId })}>{editor.email}</Link>
                </th>
                <td className={styles.numeric}>{format.number(editor.videosChanged)}</td>
                <td className={styles.numeric}>{format.number(editor.batches)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RepeatedFailures({ failures }: { failures: OverviewData['repeatedFailures'] }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <section className={styles.panel} aria-labelledby="overview-repeated">
      <h2 id="overview-repeated">{t('overview.repeated.title')}</h2>
      <p className={styles.muted}>{t('overview.repeated.intro')}</p>
      {failures.length === 0 ? (
        <p className={styles.muted}>{t('overview.repeated.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('overview.repeated.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.repeated.video')}</th>
              <th scope="col" className={styles.numeric}>
                {t('overview.repeated.failures')}
              </th>
              <th scope="col" className={styles.numeric}>
                {t('overview.repeated.batches')}
              </th>
              <th scope="col">{t('overview.repeated.last')}</th>
            </tr>
          </thead>
          <tbody>
            {failures.map((failure) => (
              <tr key={failure.videoId}>
                <th scope="row">
                  <Link href={videosHref({ videoIds: [failure.videoId] })} className={styles.code}>
                    {failure.videoId}
                  </Link>
                </th>
                <td className={styles.numeric}>{format.number(failure.failures)}</td>
                <td className={styles.numeric}>{format.number(failure.batches)}</td>
                <td>
                  <Link href={batchDetailHref(failure.lastBatchId, {})}>{failure.lastCode}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
