'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  getSaveOutcomesAction,
  getSaveProgressAction,
  retrySaveAction,
  saveVideosAction,
} from '@/app/(app)/videos/actions';
import type { SaveItem } from '@/components/grid/types';
import type { BatchProgress } from '@/lib/batches/types';
import { saveMessages } from '@/lib/messages/save';
import { type OutcomeMap, refusalOutcomes, withOutcomes, withoutOutcomes, withPending } from './outcome-map';
import { forgetAllBatchIds, forgetBatchId, readSavedBatchIds, rememberBatchId } from './save-storage';

export type SavePhase = 'idle' | 'submitting' | 'running' | 'loading' | 'finished' | 'refused';

export interface SaveView {
  phase: SavePhase;
  /** The batch being followed (or last followed). */
  progress: BatchProgress | null;
  /** Why a save was refused or what is wrong, for the editor. */
  message: string | null;
  /** The server did not answer the last poll; polling goes on. */
  isOffline: boolean;
}

export interface SaveController {
  outcomes: OutcomeMap;
  onSave: (items: SaveItem[], note?: string) => void;
  isSaving: boolean;
  view: SaveView;
  canRetry: boolean;
  retry: () => void;
  dismiss: () => void;
}

type OutcomesResult = Awaited<ReturnType<typeof getSaveOutcomesAction>>;

const POLL_MS = 500;
const OFFLINE_RETRY_MS = 1_000;
const IDLE: SaveView = { phase: 'idle', progress: null, message: null, isOffline: false };
const NO_OUTCOMES: OutcomeMap = new Map();

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The client side of saving for one view (`viewKey`: user and library): sends the diff, follows the batch
 * the server runs (polling its progress every 500 ms), then loads every row's outcome. Batches are
 * remembered per view for the tab's session, so leaving and coming back picks them up again.
 */
export function useSave(viewKey: string): SaveController {
  const [outcomes, setOutcomes] = useState<OutcomeMap>(NO_OUTCOMES);
  const [view, setView] = useState<SaveView>(IDLE);
  // Each save, retry, dismissal or unmount starts a new generation; loops of older ones stop.
  const generation = useRef(0);

  const follow = useCallback(
    async (batchId: string, mine: number) => {
      const isCurrent = () => generation.current === mine;
      const refuse = (code: string, message: string) => {
        if (code === 'not_found') forgetBatchId(viewKey, batchId);
        setView({ phase: 'refused', progress: null, message, isOffline: false });
      };
      while (isCurrent()) {
        const result = await getSaveProgressAction({ batchId }).catch(() => null);
        if (!isCurrent()) return;
        if (!result) {
          setView((current) => ({ ...current, isOffline: true }));
          await delay(OFFLINE_RETRY_MS);
          continue;
        }
        if (!result.ok || !result.data) {
          refuse(
            result.ok ? 'not_found' : result.error.code,
            result.ok ? saveMessages.notFound : result.error.message,
          );
          return;
        }
        const progress = result.data;
        setView({
          phase: progress.isFinished ? 'loading' : 'running',
          progress,
          message: progress.status === 'interrupted' ? saveMessages.interrupted : null,
          isOffline: false,
        });
        if (progress.isFinished) break;
        await delay(POLL_MS);
      }
      let cursor: number | null = null;
      while (isCurrent()) {
        const page: OutcomesResult | null = await getSaveOutcomesAction({ batchId, cursor }).catch(
          () => null,
        );
        if (!isCurrent()) return;
        if (!page) {
          setView((current) => ({ ...current, isOffline: true }));
          await delay(OFFLINE_RETRY_MS);
          continue;
        }
        if (!page.ok) {
          refuse(page.error.code, page.error.message);
          return;
        }
        setOutcomes((current) => withOutcomes(current, page.data.outcomes));
        cursor = page.data.nextCursor;
        if (cursor === null) {
          setView((current) => ({ ...current, phase: 'finished', isOffline: false }));
          return;
        }
      }
    },
    [viewKey],
  );

  useEffect(() => {
    const mine = ++generation.current;
    const remembered = readSavedBatchIds(viewKey);
    void (async () => {
      for (const batchId of remembered) {
        if (generation.current !== mine) return;
        await follow(batchId, mine);
      }
    })();
    return () => {
      generation.current++;
    };
  }, [viewKey, follow]);

  const onSave = useCallback(
    (items: SaveItem[], note?: string) => {
      const mine = ++generation.current;
      const videoIds = items.map((item) => item.videoId);
      setOutcomes((current) => withPending(current, videoIds));
      setView({ ...IDLE, phase: 'submitting' });
      void (async () => {
        const result = await saveVideosAction({ items, ...(note ? { note } : {}) }).catch(() => null);
        if (generation.current !== mine) return;
        if (!result?.ok) {
          const refusal = refusalOutcomes(items, result && !result.ok ? (result.fieldErrors ?? {}) : {});
          setOutcomes((current) => withOutcomes(withoutOutcomes(current, videoIds), refusal.outcomes));
          const reason = result && !result.ok ? result.error.message : saveMessages.notSent;
          setView({ ...IDLE, phase: 'refused', message: [reason, ...refusal.general].join(' ') });
          return;
        }
        rememberBatchId(viewKey, result.data.batchId);
        await follow(result.data.batchId, mine);
      })();
    },
    [viewKey, follow],
  );

  const batchId = view.progress?.batchId ?? null;
  const retry = useCallback(() => {
    if (!batchId) return;
    const mine = ++generation.current;
    setView((current) => ({ ...current, phase: 'submitting', message: null }));
    void (async () => {
      const result = await retrySaveAction({ batchId }).catch(() => null);
      if (generation.current !== mine) return;
      if (!result?.ok || !result.data) {
        const message = !result
          ? saveMessages.notSent
          : result.ok
            ? saveMessages.nothingToRetry
            : result.error.message;
        setView((current) => ({ ...current, phase: 'finished', message }));
        return;
      }
      rememberBatchId(viewKey, result.data.batchId);
      await follow(result.data.batchId, mine);
    })();
  }, [batchId, viewKey, follow]);

  const dismiss = useCallback(() => {
    generation.current++;
    forgetAllBatchIds(viewKey);
    setView(IDLE);
  }, [viewKey]);

  const isSaving = view.phase === 'submitting' || view.phase === 'running' || view.phase === 'loading';
  const canRetry = view.phase === 'finished' && (view.progress?.retryable ?? 0) > 0;
  return useMemo(
    () => ({ outcomes, onSave, isSaving, view, canRetry, retry, dismiss }),
    [outcomes, onSave, isSaving, view, canRetry, retry, dismiss],
  );
}
