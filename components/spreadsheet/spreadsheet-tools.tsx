import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useGridContext } from '@/components/grid/state/grid-context';
import { Button } from '@/components/ui/button';
import { ExportDialog, type GridView } from './export-dialog';
import { ImportDialog } from './import-dialog';

export interface SpreadsheetToolsProps {
  getView: () => GridView;
  loadAll: () => Promise<void>;
  /** The videos the view has loaded. */
  viewIds: ReadonlySet<string>;
}

/** The toolbar's Export… and Import… buttons and their dialogs; importing needs the editor role. */
export function SpreadsheetTools({ getView, loadAll, viewIds }: SpreadsheetToolsProps) {
  const t = useTranslations('spreadsheet');
  const { canEdit } = useGridContext();
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <Button onClick={() => setOpen('export')} aria-haspopup="dialog">
        {t('exportButton')}
      </Button>
      {canEdit ? (
        <Button onClick={() => setOpen('import')} aria-haspopup="dialog">
          {t('importButton')}
        </Button>
      ) : null}
      <ExportDialog open={open === 'export'} onClose={close} getView={getView} loadAll={loadAll} />
      {canEdit ? <ImportDialog open={open === 'import'} onClose={close} viewIds={viewIds} /> : null}
    </>
  );
}
