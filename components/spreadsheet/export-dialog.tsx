import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { GridColumn } from '@/components/grid/columns';
import { useGridContext } from '@/components/grid/state/grid-context';
import { selectedAmong } from '@/components/grid/state/row-selection';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import form from '@/components/ui/form.module.css';
import type { SheetFormat } from '@/lib/spreadsheet/sheet-writer';
import { yieldToPage } from '@/lib/ui/sliced-work';
import type { Video } from '@/lib/vod';
import { downloadBlob, stampedFileName } from './download';
import { exportColumns, exportRow } from './export-columns';
import styles from './spreadsheet.module.css';
import { startExportWorker, writeInWorker } from './write-in-worker';

export interface GridView {
  /** The rows the grid shows, filtered and sorted. */
  rows: readonly Video[];
  columns: readonly GridColumn[];
  loaded: number;
  total: number;
}

export interface ExportDialogProps {
  open: boolean;
  onClose: () => void;
  getView: () => GridView;
  /** Resolves once every row of the view is loaded. */
  loadAll: () => Promise<void>;
}

/** Exports the current view (filtered rows, visible columns) or only the selected rows, as CSV or XLSX. */
export function ExportDialog({ open, onClose, getView, loadAll }: ExportDialogProps) {
  const t = useTranslations('spreadsheet.export');
  return (
    <Dialog open={open} onClose={onClose} title={t('title')}>
      {open ? <ExportForm onClose={onClose} getView={getView} loadAll={loadAll} /> : null}
    </Dialog>
  );
}

function ExportForm({ onClose, getView, loadAll }: Omit<ExportDialogProps, 'open'>) {
  const t = useTranslations('spreadsheet.export');
  const tSheet = useTranslations('spreadsheet');
  const { editStore, selection, categories, actions } = useGridContext();
  const [initial] = useState(() => {
    const view = getView();
    return {
      view,
      selected: selectedAmong(
        selection.getState(),
        view.rows.map((video) => video.id),
      ).length,
    };
  });
  const [scope, setScope] = useState<'view' | 'selected'>(initial.selected > 0 ? 'selected' : 'view');
  const [format, setFormat] = useState<SheetFormat>('csv');
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef(new AbortController());
  // Started when the dialog opens, so its code has loaded by the time Export is chosen.
  const spare = useRef<Worker | null>(null);

  useEffect(() => {
    spare.current = startExportWorker();
    return () => {
      spare.current?.terminate();
      spare.current = null;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress !== null) return;
    setError(null);
    try {
      let view = getView();
      if (scope === 'view' && view.loaded < view.total) {
        setProgress(t('loadingRest', { loaded: view.loaded, total: view.total }));
        await loadAll();
        view = getView();
      }
      const chosen =
        scope === 'selected'
          ? new Set(
              selectedAmong(
                selection.getState(),
                view.rows.map((v) => v.id),
              ),
            )
          : null;
      const rows = chosen ? view.rows.filter((video) => chosen.has(video.id)) : view.rows;
      const columns = exportColumns(view.columns, categories, tSheet);
      const state = editStore.getState();
      setProgress(t('progress', { done: 0, total: rows.length }));
      const worker = spare.current;
      spare.current = null;
      const blob = await writeInWorker({
        worker,
        format,
        sheetName: t('sheetName'),
        columns,
        rowCount: rows.length,
        rowsAt: (start, end) => rows.slice(start, end).map((video) => exportRow(state, columns, video)),
        onProgress: (done) =>
          setProgress(done < rows.length ? t('progress', { done, total: rows.length }) : t('building')),
        signal: abort.current.signal,
      });
      const fileName = stampedFileName(t('fileStem'), format);
      downloadBlob(blob, fileName);
      // Starting the download, closing the dialog (the browser restyles the whole page as a modal dialog
      // leaves) and the announcement each get a task of their own: in one, a trace showed them holding the
      // page for 120 ms and more.
      await yieldToPage();
      onClose();
      await yieldToPage();
      actions.announce(t('done', { rows: rows.length, name: fileName }));
    } catch (failure) {
      if (abort.current.signal.aborted) return;
      setProgress(null);
      setError(t('failed', { detail: failure instanceof Error ? failure.message : String(failure) }));
    }
  };

  const close = () => {
    abort.current.abort();
    onClose();
  };

  const totalRows = Math.max(initial.view.total, initial.view.loaded);
  return (
    <form className={form.form} onSubmit={submit}>
      <fieldset className={`${form.options} ${styles.fieldset}`}>
        <legend>{t('rowsLegend')}</legend>
        <label>
          <input type="radio" name="scope" checked={scope === 'view'} onChange={() => setScope('view')} />
          {t('currentView', { rows: totalRows })}
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            checked={scope === 'selected'}
            disabled={initial.selected === 0}
            onChange={() => setScope('selected')}
          />
          {t('selectedRows', { rows: initial.selected })}
        </label>
      </fieldset>
      <fieldset className={`${form.options} ${styles.fieldset}`}>
        <legend>{t('formatLegend')}</legend>
        <label>
          <input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} />
          {t('csv')}
        </label>
        <label>
          <input type="radio" name="format" checked={format === 'xlsx'} onChange={() => setFormat('xlsx')} />
          {t('xlsx')}
        </label>
      </fieldset>
      <p className={form.note} role="status" aria-live="polite">
        {progress ?? ''}
      </p>
      {error ? (
        <p className={form.error} role="alert">
          {error}
        </p>
      ) : null}
      <div className={form.actions}>
        <Button onClick={close}>{tSheet('cancel')}</Button>
        <Button type="submit" variant="primary" disabled={progress !== null}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
