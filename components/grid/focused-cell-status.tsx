import { useTranslations } from 'next-intl';
import { useCallback, useSyncExternalStore } from 'react';
import { ErrorDetails } from '@/components/ui/error-details';
import type { ItemOutcome } from '@/lib/batches';
import { outcomeErrorKind } from '@/lib/i18n/error-kind';
import { issueText } from '@/lib/i18n/issue-text';
import type { Video } from '@/lib/vod';
import type { GridColumn } from './columns';
import bars from './grid-bars.module.css';
import { useGridContext } from './state/grid-context';

/**
 * Spells out under the grid, so it is visible without hovering an icon, the focused cell's problem, or
 * else why the focused row's save failed, in words, with the technical detail behind "Details".
 */
export function FocusedCellStatus({
  rows,
  columns,
  outcomes,
}: {
  rows: readonly Video[];
  columns: readonly GridColumn[];
  outcomes: ReadonlyMap<string, ItemOutcome>;
}) {
  const t = useTranslations();
  const { navStore, editStore, validator } = useGridContext();
  const subscribe = useCallback(
    (listener: () => void) => {
      const offNav = navStore.subscribe(listener);
      const offEdits = editStore.subscribe(listener);
      return () => {
        offNav();
        offEdits();
      };
    },
    [navStore, editStore],
  );
  const issueSnapshot = () => {
    const { focus } = navStore.getState();
    const column = columns[focus.col];
    const video = rows[focus.row];
    if (!column?.field || !video) return null;
    const issue = validator.issuesFor(editStore.getState(), video.id)?.get(column.field);
    return issue
      ? t('grid.focusedCellIssue', {
          column: t(column.labelKey),
          message: issueText(t, column.field, issue),
        })
      : null;
  };
  const message = useSyncExternalStore(subscribe, issueSnapshot, () => null);
  const videoId = useSyncExternalStore(
    navStore.subscribe,
    () => rows[navStore.getState().focus.row]?.id ?? null,
    () => null,
  );
  const outcome = videoId === null ? undefined : outcomes.get(videoId);
  const failure =
    message === null && outcome && 'code' in outcome
      ? { outcome, errorKind: outcomeErrorKind(outcome.kind, outcome.code) }
      : null;
  return (
    <section
      className={bars.cellStatus}
      aria-label={t('grid.cellStatusLabel')}
      aria-hidden={message === null && failure === null}
    >
      {message ? (
        <>
          <span aria-hidden="true">⚠ </span>
          {message}
        </>
      ) : failure ? (
        <ErrorDetails
          sentence={t('grid.outcomes.rowFailed', { label: t(`grid.outcomes.${failure.outcome.kind}`) })}
          nextStep={`${t(`errors.${failure.errorKind}.sentence`)} ${t(`errors.${failure.errorKind}.nextStep`)}`}
          code={failure.outcome.code}
          requestId={failure.outcome.requestId}
          technical={failure.outcome.message}
        />
      ) : null}
    </section>
  );
}
