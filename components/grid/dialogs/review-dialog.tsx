import { useVirtualizer } from '@tanstack/react-virtual';
import { useLocale, useTranslations } from 'next-intl';
import {
  type Ref,
  type RefObject,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useSaveStarter } from '@/components/save/save-context';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog } from '@/components/ui/dialog';
import form from '@/components/ui/form.module.css';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { diffTags } from '@/lib/edits/diff';
import { changedFields, EDITABLE_FIELDS, type EditableField } from '@/lib/edits/fields';
import { SAVE_NOTE_MAX_LENGTH } from '@/lib/edits/limits';
import type { TagOperation } from '@/lib/edits/tag-ops';
import { issueText } from '@/lib/i18n/issue-text';
import grid from '../grid.module.css';
import { changeText } from '../ops/change-text';
import {
  type ChangeGroup,
  changeId,
  collectEntries,
  countChanges,
  type DescribeValue,
  filterEntries,
  groupChanges,
  includedEntries,
  NO_REVIEW_FILTER,
  type ReviewEntry,
  type ReviewFilter,
  selectionCounts,
} from '../ops/review-groups';
import { baseOfChanges, type CellValue, type EditState } from '../state/edit-store';
import { useGridContext } from '../state/grid-context';
import type { RowIssues } from '../state/validation';
import styles from './review-dialog.module.css';

/** Opens the review; the dialog keeps whether it is open to itself. */
export interface ReviewDialogHandle {
  open: () => void;
}

/**
 * Every change, identical ones grouped across videos ("Tags +bulk-2025 · 2,000 videos") and each video
 * before → after, with a search and filters; ticks per group and per video decide what the save sends.
 * Whether it is open is its own state, opened through `ref`: opening it re-renders the dialog alone, not
 * the grid of 50,000 rows around it.
 */
export function ReviewDialog({ ref }: { ref: Ref<ReviewDialogHandle> }) {
  const t = useTranslations('grid.review');
  const lastList = useRef<ReviewList | null>(null);
  const [open, setOpen] = useState(false);
  useImperativeHandle(ref, () => ({ open: () => setOpen(true) }), []);
  const onClose = useCallback(() => setOpen(false), []);
  return (
    <Dialog open={open} onClose={onClose} title={t('title')} size="large">
      {open ? <ReviewContent onClose={onClose} lastList={lastList} /> : null}
    </Dialog>
  );
}

/**
 * The review's list: the changes made to several videos, then every shown video with its changes. Rows are
 * looked up by index rather than copied into one array of 50,000 items.
 */
interface ReviewItems {
  groups: readonly ChangeGroup[];
  videos: readonly ReviewEntry[];
}

/** One row of the review's list: a change made to several videos, or one video with its changes. */
type ReviewItem = { kind: 'group'; group: ChangeGroup } | { kind: 'video'; entry: ReviewEntry };

const itemAt = ({ groups, videos }: ReviewItems, index: number): ReviewItem =>
  index < groups.length
    ? { kind: 'group', group: groups[index]! }
    : { kind: 'video', entry: videos[index - groups.length]! };

/**
 * The unfiltered list the review last showed and what it was made from. Opening the review again on the
 * same edits (the store's state is immutable, so the same maps mean the same edits) reuses it instead of
 * walking and grouping every change again.
 */
interface ReviewList {
  edits: EditState['edits'];
  base: EditState['base'];
  locale: string;
  categories: unknown;
  entries: ReviewEntry[];
  changeCount: number;
  items: ReviewItems;
}

function ReviewContent({
  onClose,
  lastList,
}: {
  onClose: () => void;
  lastList: RefObject<ReviewList | null>;
}) {
  const t = useTranslations();
  const { start: onSave, isSaving } = useSaveStarter();
  const { editStore, validator, tagOps, categories } = useGridContext();
  const state = useSyncExternalStore(editStore.subscribe, editStore.getState, editStore.getState);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set());
  const [filter, setFilter] = useState<ReviewFilter>(NO_REVIEW_FILTER);
  const [note, setNote] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);
  const noteHintId = useId();
  const reasonId = useId();

  const locale = useLocale();
  const last = lastList.current;
  const reusable =
    last !== null &&
    last.edits === state.edits &&
    last.base === state.base &&
    last.locale === locale &&
    last.categories === categories
      ? last
      : null;
  const { entries, changeCount } = useMemo(
    () => reusable ?? collectEntries({ edits: state.edits, base: state.base }, tagOps),
    [reusable, state.edits, state.base, tagOps],
  );
  // A group shows a few titles: looked up in the store's maps, not in a map of all 50,000 built per open.
  const titleOf = useCallback(
    (videoId: string) => state.edits.get(videoId)?.title ?? state.base.get(videoId)?.title ?? videoId,
    [state.edits, state.base],
  );

  const issues = validator.summary(state).byVideo;
  const describe = useCallback<DescribeValue>(
    (field, value) => changeText(t, field, value, categories),
    [t, categories],
  );
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => filterEntries(entries, deferredFilter, (videoId) => issues.has(videoId), describe),
    [entries, deferredFilter, issues, describe],
  );
  // Only changes made to several videos are worth a group; the videos below show the rest.
  const items = useMemo<ReviewItems>(
    () =>
      reusable && shown === reusable.entries
        ? reusable.items
        : {
            groups: groupChanges(shown, describe).filter((group) => group.videoIds.length > 1),
            videos: shown,
          },
    [reusable, shown, describe],
  );
  useEffect(() => {
    if (shown !== entries) return;
    lastList.current = {
      edits: state.edits,
      base: state.base,
      locale,
      categories,
      entries,
      changeCount,
      items,
    };
  }, [lastList, shown, entries, changeCount, items, state.edits, state.base, locale, categories]);

  const isExcluded = (videoId: string, field: EditableField) => excluded.has(changeId(videoId, field));
  // The counts may walk all the changes: computed when what they depend on changes, never per render (the
  // list's virtualizer renders the dialog several times while it opens).
  const { selected, blockedCells } = useMemo(
    () =>
      selectionCounts(entries, excluded, issues, (videoId) =>
        state.base.has(videoId) ? state.edits.get(videoId) : undefined,
      ),
    [entries, excluded, issues, state.edits, state.base],
  );
  const reason =
    selected === 0
      ? t('grid.review.nothingSelected')
      : blockedCells > 0
        ? t('grid.review.blocked', { cells: blockedCells })
        : null;

  // Stable per list: a new getItemKey makes the virtualizer measure all 50,000 items again. The estimates
  // are the rows' heights as drawn when no text wraps: a row measured at its estimate changes nothing,
  // while one measured otherwise makes the virtualizer lay out every item after it again and re-render.
  const estimateSize = useCallback(
    (index: number) =>
      index < items.groups.length
        ? GROUP_ROW_PX
        : VIDEO_ROW_PX + CHANGE_LINE_PX * countChanges(items.videos[index - items.groups.length]!.changes),
    [items],
  );
  const getItemKey = useCallback(
    (index: number) =>
      index < items.groups.length
        ? `group:${items.groups[index]!.key}`
        : items.videos[index - items.groups.length]!.videoId,
    [items],
  );
  const virtualizer = useVirtualizer({
    count: items.groups.length + items.videos.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 4,
  });

  /** Ticks or unticks changes, given as [videoId, field] pairs. */
  const setIncluded = (changes: Iterable<readonly [string, EditableField]>, isIncluded: boolean) =>
    setExcluded((current) => {
      const next = new Set(current);
      for (const [videoId, field] of changes) {
        if (isIncluded) next.delete(changeId(videoId, field));
        else next.add(changeId(videoId, field));
      }
      return next;
    });
  const changesOf = (list: readonly ReviewEntry[]) =>
    list.flatMap((entry) => changedFields(entry.changes).map((field) => [entry.videoId, field] as const));

  const save = () => {
    onSave(
      includedEntries(entries, excluded).map(({ entry, changes, tagOps: op }) => {
        if (!op) {
          return {
            videoId: entry.videoId,
            title: entry.title,
            base: baseOfChanges(entry.base, changes),
            changes,
          };
        }
        const { tags: _list, ...rest } = changes;
        return {
          videoId: entry.videoId,
          title: entry.title,
          base: baseOfChanges(entry.base, rest),
          changes: rest,
          tagOps: op,
        };
      }),
      note.trim(),
    );
    onClose();
  };

  return (
    <div className={styles.review}>
      <p className={styles.summary} role="status">
        {t('grid.review.summary', {
          changes: changeCount,
          videos: entries.length,
          selected,
        })}
      </p>
      <div className={styles.filters}>
        <label className={styles.filter}>
          <span>{t('grid.review.search')}</span>
          <input
            type="search"
            className={form.input}
            value={filter.query}
            onChange={(event) => setFilter((f) => ({ ...f, query: event.target.value }))}
          />
        </label>
        <label className={styles.filter}>
          <span>{t('grid.review.fieldFilter')}</span>
          <select
            className={form.input}
            value={filter.field}
            onChange={(event) =>
              setFilter((f) => ({ ...f, field: event.target.value as ReviewFilter['field'] }))
            }
          >
            <option value="all">{t('grid.review.allFields')}</option>
            {EDITABLE_FIELDS.map((field) => (
              <option key={field} value={field}>
                {t(`fields.labels.${field}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.filter}>
          <span>{t('grid.review.problemFilter')}</span>
          <select
            className={form.input}
            value={filter.problems}
            onChange={(event) =>
              setFilter((f) => ({ ...f, problems: event.target.value as ReviewFilter['problems'] }))
            }
          >
            <option value="all">{t('grid.review.allVideos')}</option>
            <option value="with">{t('grid.review.withProblems')}</option>
            <option value="without">{t('grid.review.withoutProblems')}</option>
          </select>
        </label>
        {shown !== entries ? (
          <p className={styles.shown}>
            {t('grid.review.shown', { shown: shown.length, total: entries.length })}
          </p>
        ) : null}
      </div>
      <div className={styles.bulk}>
        <Button size="small" onClick={() => setExcluded(new Set())}>
          {t('grid.review.selectAll')}
        </Button>
        <Button size="small" onClick={() => setIncluded(changesOf(entries), false)}>
          {t('grid.review.selectNone')}
        </Button>
        {issues.size > 0 ? (
          <Button
            size="small"
            onClick={() =>
              setIncluded(changesOf(entries.filter((entry) => issues.has(entry.videoId))), false)
            }
          >
            {t('grid.review.excludeInvalid')}
          </Button>
        ) : null}
      </div>
      <div ref={scrollRef} className={styles.list}>
        <ul
          aria-label={t('grid.review.list')}
          className={styles.rows}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((virtual) => {
            const item = itemAt(items, virtual.index);
            return (
              <li
                key={virtual.key}
                ref={virtualizer.measureElement}
                data-index={virtual.index}
                className={styles.video}
                style={{ transform: `translateY(${virtual.start}px)` }}
              >
                {item.kind === 'group' ? (
                  <GroupChanges
                    group={item.group}
                    titleOf={titleOf}
                    excludedCount={
                      excluded.size === 0
                        ? 0
                        : item.group.videoIds.reduce(
                            (n, videoId) => n + (isExcluded(videoId, item.group.field) ? 1 : 0),
                            0,
                          )
                    }
                    onToggle={(isIncluded) =>
                      setIncluded(
                        item.group.videoIds.map((videoId) => [videoId, item.group.field] as const),
                        isIncluded,
                      )
                    }
                  />
                ) : (
                  <VideoChanges
                    entry={item.entry}
                    issues={issues.get(item.entry.videoId) ?? null}
                    isExcluded={(field) => isExcluded(item.entry.videoId, field)}
                    onToggle={(isIncluded) => setIncluded(changesOf([item.entry]), isIncluded)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <label className={`${styles.note} field`}>
        <span>{t('grid.review.note')}</span>
        <input
          type="text"
          value={note}
          maxLength={SAVE_NOTE_MAX_LENGTH}
          aria-describedby={noteHintId}
          onChange={(event) => setNote(event.target.value)}
        />
        <small id={noteHintId}>{t('grid.review.noteHint')}</small>
      </label>
      <div className={styles.footer}>
        {reason ? (
          <p className={styles.reason} id={reasonId}>
            <span aria-hidden="true">⚠ </span>
            {reason}
          </p>
        ) : null}
        <Button onClick={onClose}>{t('grid.review.close')}</Button>
        <Button
          variant="primary"
          disabled={reason !== null || isSaving}
          aria-describedby={reason ? reasonId : undefined}
          onClick={save}
        >
          {isSaving ? t('grid.review.saving') : t('grid.review.save')}
        </Button>
      </div>
    </div>
  );
}

const GROUP_SAMPLE_SIZE = 3;

// A group's row, and a video's row without and per changed field, in pixels (see estimateSize).
const GROUP_ROW_PX = 72;
const VIDEO_ROW_PX = 43;
const CHANGE_LINE_PX = 24;

/** A change made to several videos, ticked or unticked as one, with the first few videos as a sample. */
function GroupChanges({
  group,
  titleOf,
  excludedCount,
  onToggle,
}: {
  group: ChangeGroup;
  titleOf: (videoId: string) => string;
  excludedCount: number;
  onToggle: (isIncluded: boolean) => void;
}) {
  const t = useTranslations();
  const label = t('grid.review.groupLabel', {
    field: t(`fields.labels.${group.field}`),
    change: group.change,
    videos: group.videoIds.length,
  });
  const sample = group.videoIds.slice(0, GROUP_SAMPLE_SIZE).map(titleOf);
  return (
    <section aria-label={label} className={styles.group}>
      <div className={styles.videoHead}>
        <Checkbox
          checked={excludedCount === 0}
          indeterminate={excludedCount > 0 && excludedCount < group.videoIds.length}
          aria-label={t('grid.review.includeGroup', { label })}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <strong className={styles.title}>{label}</strong>
      </div>
      <p className={styles.sample}>
        {group.videoIds.length > sample.length
          ? t('grid.review.groupSampleMore', {
              titles: sample.join(t('grid.listSeparator')),
              more: group.videoIds.length - sample.length,
            })
          : sample.join(t('grid.listSeparator'))}
      </p>
    </section>
  );
}

function VideoChanges({
  entry,
  issues,
  isExcluded,
  onToggle,
}: {
  entry: ReviewEntry;
  issues: RowIssues | null;
  isExcluded: (field: EditableField) => boolean;
  onToggle: (isIncluded: boolean) => void;
}) {
  const t = useTranslations();
  const { categories } = useGridContext();
  const fields = changedFields(entry.changes);
  const excludedCount = fields.filter(isExcluded).length;
  const isIncluded = excludedCount === 0;
  return (
    <section
      aria-label={entry.title}
      className={excludedCount === fields.length ? styles.videoExcluded : undefined}
    >
      <div className={styles.videoHead}>
        <Checkbox
          checked={isIncluded}
          indeterminate={excludedCount > 0 && excludedCount < fields.length}
          aria-label={t('grid.review.includeVideo', { title: entry.title })}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <strong className={styles.title}>{entry.title}</strong>
        <span className={`${grid.mono} ${styles.id}`}>{entry.videoId}</span>
        <span className={styles.count}>{t('grid.review.fieldChanges', { count: fields.length })}</span>
      </div>
      <ul className={styles.changes}>
        {fields.map((field) => {
          const issue = issues?.get(field);
          return (
            <li
              key={field}
              className={isExcluded(field) ? `${styles.change} ${styles.changeExcluded}` : styles.change}
            >
              <span className={styles.field}>{t(`fields.labels.${field}`)}</span>
              {field === 'tags' && entry.tagOps ? (
                <TagOperationText op={entry.tagOps} />
              ) : field === 'tags' ? (
                <TagChanges before={entry.base.tags} after={entry.changes.tags ?? []} />
              ) : (
                <span className={styles.values}>
                  <VisuallyHidden>{t('grid.review.before')}: </VisuallyHidden>
                  <del className={styles.before}>{changeText(t, field, entry.base[field], categories)}</del>
                  <span aria-hidden="true"> → </span>
                  <VisuallyHidden>, {t('grid.review.after')}: </VisuallyHidden>
                  <ins className={styles.after}>
                    {changeText(t, field, entry.changes[field] as CellValue, categories)}
                  </ins>
                </span>
              )}
              {issue ? (
                <span className={styles.issue}>
                  <span aria-hidden="true">⚠ </span>
                  {issueText(t, field, issue)}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A bulk tag operation as it will be applied to the tags VOD holds at saving time. */
function TagOperationText({ op }: { op: TagOperation }) {
  const t = useTranslations();
  return (
    <span className={styles.values}>
      <span>{t('grid.review.tagOperation')}</span>
      {op.add.length > 0 ? (
        <span className={styles.chips}>
          <span>{t('grid.review.addTags')}:</span>
          {op.add.map((tag) => (
            <ins key={`+${tag}`} className={`${styles.chip} ${styles.chipAdded}`}>
              <span aria-hidden="true">+</span>
              {tag}
            </ins>
          ))}
        </span>
      ) : null}
      {op.remove.length > 0 ? (
        <span className={styles.chips}>
          <span>{t('grid.review.removeTags')}:</span>
          {op.remove.map((tag) => (
            <del key={`-${tag}`} className={`${styles.chip} ${styles.chipRemoved}`}>
              <span aria-hidden="true">−</span>
              {tag}
            </del>
          ))}
        </span>
      ) : null}
    </span>
  );
}

function TagChanges({ before, after }: { before: readonly string[]; after: readonly string[] }) {
  const t = useTranslations();
  const { added, removed } = diffTags(before, after);
  return (
    <span className={styles.values}>
      {added.length > 0 ? (
        <span className={styles.chips}>
          <span>{t('grid.review.added')}:</span>
          {added.map((tag) => (
            <ins key={`+${tag}`} className={`${styles.chip} ${styles.chipAdded}`}>
              <span aria-hidden="true">+</span>
              {tag}
            </ins>
          ))}
        </span>
      ) : null}
      {removed.length > 0 ? (
        <span className={styles.chips}>
          <span>{t('grid.review.removed')}:</span>
          {removed.map((tag) => (
            <del key={`-${tag}`} className={`${styles.chip} ${styles.chipRemoved}`}>
              <span aria-hidden="true">−</span>
              {tag}
            </del>
          ))}
        </span>
      ) : null}
      {added.length === 0 && removed.length === 0 ? (
        <span>
          {before.join(', ')} → {after.join(', ')}
        </span>
      ) : null}
    </span>
  );
}
