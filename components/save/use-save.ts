import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { retryBatchAction } from '@/app/(app)/batches/actions';
import { saveVideosAction } from '@/app/(app)/videos/actions';
import type { GridSession } from '@/components/grid/state/session';
import { lookUpVideos } from '@/components/spreadsheet/lookup-videos';
import type { BatchProgress, ItemOutcome, ItemOutcomePage } from '@/lib/batches';
import { EDITABLE_FIELDS, type EditableField, type FieldChanges, type SaveItem } from '@/lib/edits/fields';
import { batchOutcomesHref } from '@/lib/history/search-params';
import { ACTION_BODY_LIMIT_LABEL, exceedsActionBodyLimit } from '@/lib/http/action-body-limit';
import type { Video } from '@/lib/vod';
import { ApiError, getJson } from './api';
import { refusalOutcomes, withOutcomes, withoutOutcomes, withPending } from './outcome-map';
import { forgetAllBatchIds, forgetBatchId, readSavedBatchIds, rememberBatchId } from './save-storage';

export type SavePhase = 'idle' | 'submitting' | 'running' | 'loading' | 'finished' | 'refused';

export interface SaveView {
  phase: SavePhase;
  /** The batch being followed (or last followed). */
  progress: BatchProgress | null;
  /** Why a save was refused or what is wrong, for the editor. */
  message: string | null;
  /** The server did not answer the last read; reading goes on. */
  isOffline: boolean;
}

export interface SaveController {
  /** Sends the editor's reviewed changes as a new batch. */
  start: (items: SaveItem[], note?: string) => void;
  isSaving: boolean;
  view: SaveView;
  canRetry: boolean;
  retry: () => void;
  dismiss: () => void;
}

/** What the hook itself decided; everything else is derived from the batch's queries. */
type LocalState =
  | { kind: 'idle' }
  | { kind: 'submitting' }
  | { kind: 'refused'; message: string }
  /** The last batch is followed live; earlier ones (remembered from before a reload) only load outcomes. */
  | { kind: 'following'; batchIds: string[]; message: string | null };

const POLL_MS = 500;
const OFFLINE_RETRY_MS = 1_000;
const IDLE: SaveView = { phase: 'idle', progress: null, message: null, isOffline: false };

// An answer from the server is final; no answer (offline, a restart) is tried again until there is one.
const retryUnlessAnswered = (_count: number, error: unknown) => !(error instanceof ApiError);

/** Writes a page of outcomes into the grid session: onto the rows, and saved values as the new base. */
function applyOutcomes(session: GridSession, entries: Array<{ videoId: string; outcome: ItemOutcome }>) {
  session.outcomes.update((current) => withOutcomes(current, entries));
  session.inFlight.settle(entries.map((entry) => entry.videoId));
  const state = session.edit.getState();
  const saved: { videoId: string; values: FieldChanges; settled?: EditableField[] }[] = [];
  for (const { videoId, outcome } of entries) {
    if (outcome.kind !== 'updated') continue;
    const base = state.base.get(videoId);
    const changes = state.edits.get(videoId);
    // Tags saved as an operation end as VOD merged them (someone else's tag included): the grid takes that.
    const wasOperation = base && changes && session.tagOps.operationFor(videoId, base, changes) !== null;
    saved.push({ videoId, values: outcome.saved, ...(wasOperation ? { settled: ['tags'] } : {}) });
  }
  if (saved.length > 0) session.edit.dispatch({ type: 'rebase', entries: saved });
}

const editableValuesOf = (video: Video): FieldChanges =>
  Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, video[field]]));

/**
 * Reads the saved videos back from VOD and makes what VOD holds now their base, so the editor sees a
 * colleague's change to another field too. Edits made since the save stay edits.
 */
async function rereadSaved(session: GridSession, videoIds: readonly string[], signal: AbortSignal) {
  if (videoIds.length === 0) return;
  try {
    const videos = await lookUpVideos({ videoIds, referenceIds: [] }, signal);
    session.rows.remember(videos);
    session.edit.dispatch({
      type: 'rebase',
      entries: videos.map((video) => ({ videoId: video.id, values: editableValuesOf(video) })),
    });
  } catch {
    // The outcomes already made the saved values the base; only a colleague's later change stays unseen.
  }
}

/** Reads every outcome of the batches, in order (a later batch's outcome overrides an earlier one's). */
async function loadOutcomes(session: GridSession, batchIds: readonly string[], signal: AbortSignal) {
  const saved = new Set<string>();
  for (const batchId of batchIds) {
    let cursor: number | null = null;
    do {
      const page: ItemOutcomePage = await getJson(batchOutcomesHref(batchId, cursor), signal);
      applyOutcomes(session, page.outcomes);
      for (const { videoId, outcome } of page.outcomes) if (outcome.kind === 'updated') saved.add(videoId);
      cursor = page.nextCursor;
    } while (cursor !== null);
  }
  await rereadSaved(session, [...saved], signal);
  return batchIds.length;
}

/**
 * The client side of saving for one editor (`editorKey`: their user id): sends the diff through the save
 * action, follows the batch the server runs (its progress polled every 500 ms through GET
 * /api/batches/[id]/progress), then writes every row's outcome into the grid session. What a save sends
 * is in flight until its outcome arrives, so the draft leaves it out. Batches are remembered per editor
 * for the tab's session, so leaving and coming back picks them up again.
 */
export function useSave(session: GridSession, editorKey: string): SaveController {
  const t = useTranslations('save');
  const [local, setLocal] = useState<LocalState>({ kind: 'idle' });
  // Each save, retry or dismissal starts a new generation; answers to older ones are dropped.
  const generation = useRef(0);

  useEffect(() => {
    generation.current++;
    const remembered = readSavedBatchIds(editorKey);
    setLocal(
      remembered.length > 0 ? { kind: 'following', batchIds: remembered, message: null } : { kind: 'idle' },
    );
  }, [editorKey]);

  const batchIds = local.kind === 'following' ? local.batchIds : null;
  const current = batchIds?.at(-1) ?? null;

  const progress = useQuery({
    queryKey: ['batch', current, 'progress'],
    queryFn: async ({ signal }) => {
      try {
        return await getJson<BatchProgress>(`/api/batches/${current}/progress`, signal);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'not_found' && current)
          forgetBatchId(editorKey, current);
        throw error;
      }
    },
    enabled: current !== null,
    refetchInterval: (query) => (query.state.data?.isFinished ? false : POLL_MS),
    retry: retryUnlessAnswered,
    retryDelay: OFFLINE_RETRY_MS,
  });
  const isFinished = progress.data?.isFinished === true;
  const outcomes = useQuery({
    queryKey: ['batch', current, 'outcomes', batchIds],
    queryFn: ({ signal }) => loadOutcomes(session, batchIds ?? [], signal),
    enabled: isFinished,
    staleTime: Number.POSITIVE_INFINITY,
    retry: retryUnlessAnswered,
    retryDelay: OFFLINE_RETRY_MS,
  });

  const start = useCallback(
    (items: SaveItem[], note?: string) => {
      const mine = ++generation.current;
      const request = { items, ...(note ? { note } : {}) };
      // The server refuses a body over its limit before the action runs, which React reports only as a
      // failed request: say why here instead, in the editor's language.
      if (exceedsActionBodyLimit([request])) {
        setLocal({ kind: 'refused', message: t('tooLargeBody', { limit: ACTION_BODY_LIMIT_LABEL }) });
        return;
      }
      const videoIds = items.map((item) => item.videoId);
      session.outcomes.update((current) => withPending(current, videoIds));
      // The edits as they are now: an item sends bulk tags as an operation, not as the list the grid shows.
      const edits = session.edit.getState().edits;
      session.inFlight.send(
        items.map((item) => ({ videoId: item.videoId, changes: edits.get(item.videoId) ?? item.changes })),
      );
      setLocal({ kind: 'submitting' });
      void saveVideosAction(request)
        .catch(() => null)
        .then((result) => {
          if (generation.current !== mine) return;
          if (!result?.ok) {
            const refusal = refusalOutcomes(items, result && !result.ok ? (result.fieldErrors ?? {}) : {});
            session.outcomes.update((current) =>
              withOutcomes(withoutOutcomes(current, videoIds), refusal.outcomes),
            );
            session.inFlight.settle(videoIds);
            const reason = result && !result.ok ? result.error.message : t('notSent');
            setLocal({ kind: 'refused', message: [reason, ...refusal.general].join(' ') });
            return;
          }
          rememberBatchId(editorKey, result.data.batchId);
          // The selection was for this save; the next bulk action must not hit the same set again.
          session.selection.clear();
          setLocal({ kind: 'following', batchIds: [result.data.batchId], message: null });
        });
    },
    [session, editorKey, t],
  );

  const retry = useCallback(() => {
    if (!current || !batchIds) return;
    const mine = ++generation.current;
    setLocal({ kind: 'submitting' });
    void retryBatchAction({ batchId: current })
      .catch(() => null)
      .then((result) => {
        if (generation.current !== mine) return;
        if (!result?.ok || !result.data.batchId) {
          const message = !result ? t('notSent') : result.ok ? t('nothingToRetry') : result.error.message;
          setLocal({ kind: 'following', batchIds, message });
          return;
        }
        rememberBatchId(editorKey, result.data.batchId);
        setLocal({ kind: 'following', batchIds: [result.data.batchId], message: null });
      });
  }, [current, batchIds, editorKey, t]);

  const dismiss = useCallback(() => {
    generation.current++;
    forgetAllBatchIds(editorKey);
    setLocal({ kind: 'idle' });
  }, [editorKey]);

  const view = useMemo((): SaveView => {
    switch (local.kind) {
      case 'idle':
        return IDLE;
      case 'submitting':
        return { ...IDLE, phase: 'submitting' };
      case 'refused':
        return { ...IDLE, phase: 'refused', message: local.message };
    }
    const refusal = [progress.error, outcomes.error].find((error) => error instanceof ApiError);
    if (refusal) return { ...IDLE, phase: 'refused', message: refusal.message || t('notSent') };
    const data = progress.data ?? null;
    const phase: SavePhase = !data
      ? 'submitting'
      : !data.isFinished
        ? 'running'
        : outcomes.isSuccess
          ? 'finished'
          : 'loading';
    return {
      phase,
      progress: data,
      message: data?.status === 'interrupted' ? t('interrupted') : local.message,
      isOffline: progress.failureCount > 0 || outcomes.failureCount > 0,
    };
  }, [
    t,
    local,
    progress.data,
    progress.error,
    progress.failureCount,
    outcomes.error,
    outcomes.isSuccess,
    outcomes.failureCount,
  ]);

  const isSaving = view.phase === 'submitting' || view.phase === 'running' || view.phase === 'loading';
  const canRetry = view.phase === 'finished' && (view.progress?.retryable ?? 0) > 0;
  return useMemo(
    () => ({ start, isSaving, view, canRetry, retry, dismiss }),
    [start, isSaving, view, canRetry, retry, dismiss],
  );
}
