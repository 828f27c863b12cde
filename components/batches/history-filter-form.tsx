'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useSyncExternalStore } from 'react';
import styles from './history.module.css';
import { calendarDay, dayEndIso, dayStartIso } from './local-dates';
import { searchHref } from './search-href';

export interface FilterSelect {
  name: string;
  label: string;
  /** The option meaning "no filter". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
}

export interface HistoryFilterFormProps {
  /** The page the filters apply to, e.g. /batches. */
  path: string;
  legend: string;
  selects: readonly FilterSelect[];
  /** A free-text search box, put in the URL as `q`. */
  search?: { label: string; value: string | undefined };
  /** The current range as ISO instants: from inclusive, to exclusive. */
  range: { from: string | undefined; to: string | undefined };
  labels: { from: string; to: string; apply: string; clear: string };
}

const subscribe = () => () => {};

/**
 * Filters of a history page (batches, audit). Dates are picked as days in the viewer's time zone and put in
 * the URL as instants; submitting starts again from the newest page.
 */
export function HistoryFilterForm({ path, legend, selects, search, range, labels }: HistoryFilterFormProps) {
  const router = useRouter();
  // The server cannot know the viewer's time zone: the day inputs show UTC days until hydration, then
  // remount (new key) with the local ones.
  const isClient = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params: Record<string, string | null> = {};
    for (const select of selects) params[select.name] = String(form.get(select.name) ?? '');
    if (search) params.q = String(form.get('q') ?? '').trim();
    params.from = dayStartIso(String(form.get('fromDay') ?? ''));
    params.to = dayEndIso(String(form.get('toDay') ?? ''));
    router.push(searchHref(path, params));
  };

  const dayOf = (iso: string | undefined, isExclusiveEnd: boolean) =>
    iso ? calendarDay(iso, { isExclusiveEnd, isUtc: !isClient }) : '';

  return (
    <search aria-label={legend}>
      <form className={styles.filters} onSubmit={submit}>
        {search && (
          <label className="field">
            <span>{search.label}</span>
            <input name="q" type="search" defaultValue={search.value ?? ''} maxLength={200} />
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
          <span>{labels.from}</span>
          <input
            key={`from-${isClient}`}
            name="fromDay"
            type="date"
            defaultValue={dayOf(range.from, false)}
          />
        </label>
        <label className="field">
          <span>{labels.to}</span>
          <input key={`to-${isClient}`} name="toDay" type="date" defaultValue={dayOf(range.to, true)} />
        </label>
        <div className={styles.filterButtons}>
          <button type="submit" className="btn btn-primary">
            {labels.apply}
          </button>
          <Link className="btn" href={path}>
            {labels.clear}
          </Link>
        </div>
      </form>
    </search>
  );
}
