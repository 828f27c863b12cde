import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useSaveStarter } from '@/components/save/save-context';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog } from '@/components/ui/dialog';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { diffTags } from '@/lib/edits/diff';
import { changedFields, type EditableValues, type FieldChanges } from '@/lib/edits/fields';
import { SAVE_NOTE_MAX_LENGTH } from '@/lib/edits/limits';
import type { TagOperation } from '@/lib/edits/tag-ops';
import { fieldMessages } from '@/lib/messages/fields';
import { gridMessages, issueMessage } from '@/lib/messages/grid';
import { changeText } from '../ops/change-text';
import { baseOfChanges, type CellValue } from '../state/edit-store';
import { useGridContext } from '../state/grid-context';

import type { RowIssues } from '../state/validation';

const r = gridMessages.review;

export interface ReviewDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Every change grouped by video, before → after, with per-video ticks deciding what the save sends. */
export function ReviewDialog({ open, onClose }: ReviewDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={r.title} size="large">
      {open ? <ReviewContent onClose={onClose} /> : null}
    </Dialog>
  );
}

interface Entry {
  videoId: string;
  title: string;
  base: EditableValues;
  changes: FieldChanges;
  /** Tags added or removed in bulk: saved as this operation on VOD's tags, not as the list shown. */
  tagOps: TagOperation | null;
}

function ReviewContent({ onClose }: Omit<ReviewDialogProps, 'open'>) {
  const { start: onSave, isSaving } = useSaveStarter();
  const { editStore, validator, tagOps } = useGridContext();
  const state = useSyncExternalStore(editStore.subscribe, editStore.getState, editStore.getState);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set());
  const [note, setNote] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);

  const entries = useMemo<Entry[]>(() => {
    const list: Entry[] = [];
    for (const [videoId, changes] of state.edits) {
      const base = state.base.get(videoId);
      if (base) {
        const op = tagOps.operationFor(videoId, base, changes);
        list.push({ videoId, title: changes.title ?? base.title, base, changes, tagOps: op });
      }
    }
    return list;
  }, [state.edits, state.base, tagOps]);

  const issues = validator.summary(state).byVideo;
  const included = entries.filter((entry) => !excluded.has(entry.videoId));
  const blockedCells = included.reduce((sum, entry) => sum + (issues.get(entry.videoId)?.size ?? 0), 0);
  const changeCount = entries.reduce((sum, entry) => sum + changedFields(entry.changes).length, 0);
  const reason =
    included.length === 0 ? r.nothingSelected : blockedCells > 0 ? r.blocked(blockedCells) : null;

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => 48 + 30 * changedFields(entries[index]!.changes).length,
    getItemKey: (index) => entries[index]!.videoId,
    overscan: 4,
  });

  const setIncluded = (videoIds: readonly string[], isIncluded: boolean) =>
    setExcluded((current) => {
      const next = new Set(current);
      for (const videoId of videoIds) {
        if (isIncluded) next.delete(videoId);
        else next.add(videoId);
      }
      return next;
    });

  const save = () => {
    onSave(
      included.map((entry) => {
        if (!entry.tagOps) {
          return {
            videoId: entry.videoId,
            title: entry.title,
            base: baseOfChanges(entry.base, entry.changes),
            changes: entry.changes,
          };
        }
        const { tags: _list, ...changes } = entry.changes;
        return {
          videoId: entry.videoId,
          title: entry.title,
          base: baseOfChanges(entry.base, changes),
          changes,
          tagOps: entry.tagOps,
        };
      }),
      note.trim(),
    );
    onClose();
  };

  return (
    <div className="vg-review">
      <p className="vg-review__summary" role="status">
        {r.summary(changeCount, entries.length, included.length)}
      </p>
      <div className="vg-review__bulk">
        <Button size="small" onClick={() => setExcluded(new Set())}>
          {r.selectAll}
        </Button>
        <Button
          size="small"
          onClick={() =>
            setIncluded(
              entries.map((e) => e.videoId),
              false,
            )
          }
        >
          {r.selectNone}
        </Button>
        {issues.size > 0 ? (
          <Button size="small" onClick={() => setIncluded([...issues.keys()], false)}>
            {r.excludeInvalid}
          </Button>
        ) : null}
      </div>
      <div ref={scrollRef} className="vg-review__list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index]!;
            return (
              <div
                key={entry.videoId}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="vg-review__video"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <VideoChanges
                  entry={entry}
                  issues={issues.get(entry.videoId) ?? null}
                  isIncluded={!excluded.has(entry.videoId)}
                  onToggle={(isIncluded) => setIncluded([entry.videoId], isIncluded)}
                />
              </div>
            );
          })}
        </div>
      </div>
      <label className="vg-review__note field">
        <span>{r.note}</span>
        <input
          type="text"
          value={note}
          maxLength={SAVE_NOTE_MAX_LENGTH}
          aria-describedby="vg-review-note-hint"
          onChange={(event) => setNote(event.target.value)}
        />
        <small id="vg-review-note-hint">{r.noteHint}</small>
      </label>
      <div className="vg-review__footer">
        {reason ? (
          <p className="vg-review__reason" id="vg-review-reason">
            <span aria-hidden="true">⚠ </span>
            {reason}
          </p>
        ) : null}
        <Button onClick={onClose}>{r.close}</Button>
        <Button
          variant="primary"
          disabled={reason !== null || isSaving}
          aria-describedby={reason ? 'vg-review-reason' : undefined}
          onClick={save}
        >
          {isSaving ? r.saving : r.save}
        </Button>
      </div>
    </div>
  );
}

function VideoChanges({
  entry,
  issues,
  isIncluded,
  onToggle,
}: {
  entry: Entry;
  issues: RowIssues | null;
  isIncluded: boolean;
  onToggle: (isIncluded: boolean) => void;
}) {
  const { categories } = useGridContext();
  const fields = changedFields(entry.changes);
  return (
    <section aria-label={entry.title} className={isIncluded ? '' : 'vg-review__video--excluded'}>
      <div className="vg-review__video-head">
        <Checkbox
          checked={isIncluded}
          aria-label={r.includeVideo(entry.title)}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <strong className="vg-review__title">{entry.title}</strong>
        <span className="vg-mono vg-review__id">{entry.videoId}</span>
        <span className="vg-review__count">{r.fieldChanges(fields.length)}</span>
      </div>
      <ul className="vg-review__changes">
        {fields.map((field) => {
          const issue = issues?.get(field);
          return (
            <li key={field} className="vg-review__change">
              <span className="vg-review__field">{fieldMessages.labels[field]}</span>
              {field === 'tags' && entry.tagOps ? (
                <TagOperationText op={entry.tagOps} />
              ) : field === 'tags' ? (
                <TagChanges before={entry.base.tags} after={entry.changes.tags ?? []} />
              ) : (
                <span className="vg-review__values">
                  <VisuallyHidden>{r.before}: </VisuallyHidden>
                  <del className="vg-review__before">{changeText(field, entry.base[field], categories)}</del>
                  <span aria-hidden="true"> → </span>
                  <VisuallyHidden>, {r.after}: </VisuallyHidden>
                  <ins className="vg-review__after">
                    {changeText(field, entry.changes[field] as CellValue, categories)}
                  </ins>
                </span>
              )}
              {issue ? (
                <span className="vg-review__issue">
                  <span aria-hidden="true">⚠ </span>
                  {issueMessage(issue)}
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
  return (
    <span className="vg-review__values">
      <span className="vg-review__chip-label">{r.tagOperation}</span>
      {op.add.length > 0 ? (
        <span className="vg-review__chips">
          <span className="vg-review__chip-label">{r.addTags}:</span>
          {op.add.map((tag) => (
            <ins key={`+${tag}`} className="vg-chip vg-chip--added">
              <span aria-hidden="true">+</span>
              {tag}
            </ins>
          ))}
        </span>
      ) : null}
      {op.remove.length > 0 ? (
        <span className="vg-review__chips">
          <span className="vg-review__chip-label">{r.removeTags}:</span>
          {op.remove.map((tag) => (
            <del key={`-${tag}`} className="vg-chip vg-chip--removed">
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
  const { added, removed } = diffTags(before, after);
  return (
    <span className="vg-review__values">
      {added.length > 0 ? (
        <span className="vg-review__chips">
          <span className="vg-review__chip-label">{r.added}:</span>
          {added.map((tag) => (
            <ins key={`+${tag}`} className="vg-chip vg-chip--added">
              <span aria-hidden="true">+</span>
              {tag}
            </ins>
          ))}
        </span>
      ) : null}
      {removed.length > 0 ? (
        <span className="vg-review__chips">
          <span className="vg-review__chip-label">{r.removed}:</span>
          {removed.map((tag) => (
            <del key={`-${tag}`} className="vg-chip vg-chip--removed">
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
