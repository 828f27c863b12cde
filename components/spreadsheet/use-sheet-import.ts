import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { currentValue, type EditState, editReducer } from '@/components/grid/state/edit-store';
import { useGridContext } from '@/components/grid/state/grid-context';
import { createValidator } from '@/components/grid/state/validation';
import type { Translator } from '@/lib/i18n/translator';
import {
  type ColumnMapping,
  locatorOf,
  mappingProblem,
  matchHeader,
  type SheetColumnKind,
} from '@/lib/spreadsheet/columns';
import type { TextEncodingName } from '@/lib/spreadsheet/encoding';
import type { SheetError } from '@/lib/spreadsheet/errors';
import { sliced } from '@/lib/ui/sliced-work';
import type { Video } from '@/lib/vod';
import { applyImport } from './apply-import';
import { createImportPlanner, type ImportPlan } from './import-plan';
import { lookUpVideos } from './lookup-videos';
import { type PackedTable, readInWorker, startImportWorker } from './read-in-worker';
import { rememberedMapping, rememberMapping } from './remembered-mapping';

export interface ReadSheet {
  fileName: string;
  table: PackedTable;
  encoding: TextEncodingName | null;
}

export type ImportStep =
  | { step: 'choose'; error: string | null }
  | { step: 'busy'; message: string }
  | { step: 'chooseSheet'; file: File; sheetNames: string[] }
  | { step: 'mapping'; sheet: ReadSheet; mapping: (SheetColumnKind | null)[] }
  | { step: 'preview'; sheet: ReadSheet; plan: ImportPlan; lookedUp: readonly Video[] };

const PLAN_SLICE_ROWS = 250;

/** Aborts the previous read or check, and gives the next one its signal. */
function restart(abort: { current: AbortController | null }): AbortSignal {
  abort.current?.abort();
  abort.current = new AbortController();
  return abort.current.signal;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A file error code as a sentence for the viewer. */
function sheetErrorText(t: Translator<'spreadsheet'>, error: SheetError): string {
  switch (error.code) {
    case 'tooLarge':
      return t('errors.tooLarge', { size: megabytes(error.bytes), max: megabytes(error.maxBytes) });
    case 'tooManyRows':
      return t('errors.tooManyRows', { maxRows: error.maxRows });
    case 'brokenQuoting':
      return t('errors.brokenQuoting', { row: error.row });
    case 'noSuchSheet':
      return t('errors.noSuchSheet', { name: error.name });
    default:
      return t(`errors.${error.code}`);
  }
}

/** Every effective Reference ID of the loaded videos, to locate rows of a file without a VideoId column. */
function referenceOwners(state: EditState): Map<string, string> {
  const owners = new Map<string, string>();
  for (const videoId of state.base.keys()) {
    const referenceId = currentValue(state, videoId, 'referenceId') as string;
    if (referenceId !== '' && !owners.has(referenceId)) owners.set(referenceId, videoId);
  }
  return owners;
}

/**
 * The import's steps: read the file in a worker, ask for a sheet or a column mapping when needed, look up
 * the videos that are not loaded, check every row, and on apply write the valid rows as one undoable step.
 */
export function useSheetImport(viewIds: ReadonlySet<string>) {
  const t = useTranslations();
  const tSheet = useTranslations('spreadsheet');
  const { editStore, tagOps, rowCache, validator, categories, actions } = useGridContext();
  const [step, setStep] = useState<ImportStep>({ step: 'choose', error: null });
  const abort = useRef<AbortController | null>(null);
  // A worker started ahead, loading its code while the viewer picks a file.
  const spare = useRef<Worker | null>(null);

  useEffect(() => {
    spare.current = startImportWorker();
    return () => {
      spare.current?.terminate();
      spare.current = null;
      // Closing the dialog (Escape included) stops a read, check or apply under way; an apply leaves nothing.
      abort.current?.abort();
    };
  }, []);

  const check = useCallback(
    async (sheet: ReadSheet, mapping: ColumnMapping, signal: AbortSignal) => {
      const locator = locatorOf(mapping)!;
      const { rows } = sheet.table;
      let state = editStore.getState();
      const owners = locator.kind === 'referenceId' ? referenceOwners(state) : null;
      const missing = new Set<string>();
      await sliced(rows.length, 2_000, (start, end) => {
        for (let row = start; row < end; row++) {
          const id = rows.cell(row, locator.index).trim();
          if (id !== '' && !(owners ? owners.has(id) : state.base.has(id))) missing.add(id);
        }
      });
      let lookedUp: Video[] = [];
      if (missing.size > 0) {
        setStep({ step: 'busy', message: t('spreadsheet.import.lookingUp', { ids: missing.size }) });
        const ids = [...missing];
        lookedUp = await lookUpVideos(
          locator.kind === 'videoId'
            ? { videoIds: ids, referenceIds: [] }
            : { videoIds: [], referenceIds: ids },
          signal,
        );
        const unloaded = lookedUp.filter((video) => !state.base.has(video.id));
        state = editReducer(state, { type: 'load', videos: unloaded });
        for (const video of lookedUp) if (video.referenceId !== '') owners?.set(video.referenceId, video.id);
      }
      const planner = createImportPlanner({
        state,
        validator: createValidator(categories.ids),
        categories,
        headers: sheet.table.headers,
        mapping,
        videoByReference: (referenceId) => owners?.get(referenceId),
        t,
      });
      setStep({ step: 'busy', message: t('spreadsheet.import.checking', { done: 0, total: rows.length }) });
      await sliced(rows.length, PLAN_SLICE_ROWS, (start, end) => planner.add(rows.slice(start, end)), {
        progress: (done) => {
          if (!signal.aborted)
            setStep({
              step: 'busy',
              message: t('spreadsheet.import.checking', { done, total: rows.length }),
            });
        },
      });
      if (signal.aborted) return;
      setStep({ step: 'preview', sheet, plan: planner.finish(), lookedUp });
    },
    [editStore, categories, t],
  );

  const proceed = useCallback(
    async (sheet: ReadSheet, mapping: ColumnMapping, signal: AbortSignal) => {
      try {
        await check(sheet, mapping, signal);
      } catch {
        if (!signal.aborted) setStep({ step: 'choose', error: t('spreadsheet.import.lookupFailed') });
      }
    },
    [check, t],
  );

  const readFile = useCallback(
    async (file: File, sheetName?: string) => {
      const signal = restart(abort);
      setStep({ step: 'busy', message: t('spreadsheet.import.reading') });
      const worker = spare.current ?? startImportWorker();
      spare.current = null;
      const result = await readInWorker(worker, { file, sheetName }, signal);
      if (signal.aborted) return;
      if (result.ok === 'chooseSheet')
        return setStep({ step: 'chooseSheet', file, sheetNames: result.sheetNames });
      if (result.ok === false)
        return setStep({ step: 'choose', error: sheetErrorText(tSheet, result.error) });
      const sheet: ReadSheet = { fileName: file.name, table: result.table, encoding: result.encoding };
      const { headers } = result.table;
      const recognised = headers.map(matchHeader);
      const mapping = recognised.includes(null) ? (rememberedMapping(headers) ?? recognised) : recognised;
      if (mapping.includes(null)) return setStep({ step: 'mapping', sheet, mapping });
      if (mappingProblem(mapping)?.code === 'noIdColumn') {
        return setStep({ step: 'choose', error: t('spreadsheet.errors.noIdColumn') });
      }
      await proceed(sheet, mapping, signal);
    },
    [proceed, t, tSheet],
  );

  const confirmMapping = useCallback(
    async (sheet: ReadSheet, mapping: ColumnMapping) => {
      rememberMapping(sheet.table.headers, mapping);
      await proceed(sheet, mapping, restart(abort));
    },
    [proceed],
  );

  const apply = useCallback(async (): Promise<boolean> => {
    if (step.step !== 'preview') return false;
    const { plan, lookedUp } = step;
    const written = new Set(plan.writes.map((write) => write.videoId));
    const load = lookedUp.filter((video) => written.has(video.id));
    const signal = restart(abort);
    const total = plan.writes.length;
    const progress = (done: number) => {
      if (!signal.aborted)
        setStep({ step: 'busy', message: t('spreadsheet.import.applying', { done, total }) });
    };
    progress(0);
    // A cache of rows seen, needed by the draft as soon as the step lands; harmless if the apply is cancelled.
    rowCache.remember(load);
    const writes = plan.writes;
    // Rows that stream in meanwhile bring no tag operation of their own, so this is the edits the import
    // lands on as far as earlier operations go.
    const before = editStore.getState();
    if (!(await applyImport({ editStore, validator, viewIds, writes, load, signal, progress }))) return false;
    for (const write of writes) {
      const op = write.field === 'tags' ? plan.tagOps.get(write.videoId) : undefined;
      if (op) tagOps.record([write], op, before);
    }
    actions.announce(
      t('spreadsheet.import.applied', { cells: plan.writes.length, videos: plan.changedVideos }),
    );
    return true;
  }, [step, editStore, validator, viewIds, rowCache, tagOps, actions, t]);

  const reset = useCallback(() => {
    abort.current?.abort();
    setStep({ step: 'choose', error: null });
  }, []);

  return { step, readFile, confirmMapping, apply, reset };
}
