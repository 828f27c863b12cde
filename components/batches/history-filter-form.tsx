'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useSyncExternalStore } from 'react';
import { AUDIT_ACTIONS } from '@/lib/audit/actions';
import {
  type AuditParams,
  auditHref,
  type BatchListParams,
  batchListHref,
  parseAuditParams,
  parseBatchListParams,
  type SearchParams,
} from '@/lib/history/search-params';
import { BATCH_OUTCOMES, BATCH_STATUSES } from '@/lib/history/statuses';
import { auditActionLabel } from '@/lib/i18n/audit-text';
import styles from './history.module.css';
import { calendarDay, dayEndIso, dayStartIso } from './local-dates';

/** Someone a history page can be filtered by. */
export interface HistoryPerson {
  id: string;
  email: string;
}

/**
 * The filter form of a history page: which page (its URL params and catalog), the filters its URL holds
 * now, and the people to pick from (none: no person filter, as for an editor's own batches).
 */
export type HistoryFilterFormProps =
  | { view: 'batches'; filters: BatchListParams; people: readonly HistoryPerson[] }
  | { view: 'audit'; filters: AuditParams; people: readonly HistoryPerson[] };

interface FilterSelect {
  name: string;
  label: string;
  /** The option meaning "no filter". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
}

const subscribe = () => () => {};

/**
 * Filters of a history page (batches, audit). Dates are picked as days in the viewer's time zone and put in
 * the URL as instants; submitting starts again from the newest page. The URL is written by the page's own
 * parsers, so the form can only send what the page reads.
 */
export function HistoryFilterForm(props: HistoryFilterFormProps) {
  const t = useTranslations();
  const router = useRouter();
  // The server cannot know the viewer's time zone: the day inputs show UTC days until hydration, then
  // remount (new key) with the local ones.
  const isClient = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const { view, filters } = props;
  const people = props.people.map((person) => ({ value: person.id, label: person.email }));
  const selects: FilterSelect[] =
    props.view === 'batches'
      ? [
          ...(people.length > 0
            ? [
                {
                  name: 'user',
                  label: t('batches.filters.user'),
                  anyLabel: t('batches.filters.anyUser'),
                  options: people,
                  value: props.filters.user,
                },
              ]
            : []),
          {
            name: 'outcome',
            label: t('batches.filters.outcome'),
            anyLabel: t('batches.filters.anyOutcome'),
            options: BATCH_OUTCOMES.map((value) => ({ value, label: t(`batches.outcomes.${value}`) })),
            value: props.filters.outcome,
          },
          {
            name: 'status',
            label: t('batches.filters.status'),
            anyLabel: t('batches.filters.anyStatus'),
            options: BATCH_STATUSES.map((value) => ({ value, label: t(`batches.statuses.${value}`) })),
            value: props.filters.status,
          },
        ]
      : [
          {
            name: 'actor',
            label: t('audit.filters.actor'),
            anyLabel: t('audit.filters.anyActor'),
            options: people,
            value: props.filters.actor,
          },
          {
            name: 'action',
            label: t('audit.filters.action'),
            anyLabel: t('audit.filters.anyAction'),
            options: AUDIT_ACTIONS.map((value) => ({ value, label: auditActionLabel(t, value) })),
            value: props.filters.action,
          },
        ];
  const search = props.view === 'batches' ? (props.filters.q ?? '') : null;
  const clearHref = view === 'batches' ? batchListHref({}) : auditHref({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values: SearchParams = {
      from: dayStartIso(String(form.get('fromDay') ?? '')),
      to: dayEndIso(String(form.get('toDay') ?? '')),
    };
    for (const select of selects) values[select.name] = String(form.get(select.name) ?? '');
    if (search !== null) values.q = String(form.get('q') ?? '');
    router.push(
      view === 'batches' ? batchListHref(parseBatchListParams(values)) : auditHref(parseAuditParams(values)),
    );
  };

  const dayOf = (date: Date | undefined, isExclusiveEnd: boolean) =>
    date ? calendarDay(date.toISOString(), { isExclusiveEnd, isUtc: !isClient }) : '';

  return (
    <search aria-label={t(`${view}.filters.legend`)}>
      <form className={styles.filters} onSubmit={submit}>
        {search !== null && (
          <label className="field">
            <span>{t('batches.filters.search')}</span>
            <input name="q" type="search" defaultValue={search} maxLength={200} />
          </label>
        )}
        {selects.map((select) => (
          <label key={select.name} className="field">
            <span>{select.label}</span>
            <select name={select.name} defaultValue={select.value ?? ''}>
              <option value="">{select.anyLabel}</option>
              {select.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="field">
          <span>{t(`${view}.filters.from`)}</span>
          <input
            key={`from-${isClient}`}
            name="fromDay"
            type="date"
            defaultValue={dayOf(filters.from, false)}
          />
        </label>
        <label className="field">
          <span>{t(`${view}.filters.to`)}</span>
          <input key={`to-${isClient}`} name="toDay" type="date" defaultValue={dayOf(filters.to, true)} />
        </label>
        <div className={styles.filterButtons}>
          <button type="submit" className="btn btn-primary">
            {t(`${view}.filters.apply`)}
          </button>
          <Link className="btn" href={clearHref}>
            {t(`${view}.filters.clear`)}
          </Link>
        </div>
      </form>
    </search>
  );
}
