import { useTranslations } from 'next-intl';
import { type DragEvent, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import form from '@/components/ui/form.module.css';
import { CLEAR_MARKER } from '@/lib/spreadsheet/cells';
import { mappingProblem, SHEET_COLUMN_KINDS, type SheetColumnKind } from '@/lib/spreadsheet/columns';
import { importReportCsv, ROW_PROBLEM_KINDS } from '@/lib/spreadsheet/report';
import { downloadBlob } from './download';
import type { ImportPlan } from './import-plan';
import styles from './spreadsheet.module.css';
import { type ImportStep, type ReadSheet, useSheetImport } from './use-sheet-import';

// The import's rules, in the order the dialog lists them.
const RULES = ['locate', 'empty', 'clear', 'tags', 'category', 'review'] as const;

export interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** The videos the grid's view has loaded. */
  viewIds: ReadonlySet<string>;
}

/** Reads a CSV or XLSX file, shows what it would change and applies the valid rows as one undoable step. */
export function ImportDialog({ open, onClose, viewIds }: ImportDialogProps) {
  const t = useTranslations('spreadsheet');
  return (
    <Dialog open={open} onClose={onClose} title={t('import.title')} size="large">
      {open ? <ImportFlow onClose={onClose} viewIds={viewIds} /> : null}
    </Dialog>
  );
}

function ImportFlow({ onClose, viewIds }: Omit<ImportDialogProps, 'open'>) {
  const t = useTranslations('spreadsheet');
  const { step, readFile, confirmMapping, apply, reset } = useSheetImport(viewIds);
  const close = () => {
    reset();
    onClose();
  };
  return (
    <div className={styles.import}>
      <StepView
        step={step}
        onFile={(file) => void readFile(file)}
        onSheet={(file, name) => void readFile(file, name)}
        onMapping={(sheet, mapping) => void confirmMapping(sheet, mapping)}
        onApply={() => {
          void apply().then((applied) => {
            if (applied) onClose();
          });
        }}
        onAnother={reset}
      />
      <div className={form.actions}>
        <Button onClick={close}>{t('cancel')}</Button>
      </div>
    </div>
  );
}

interface StepViewProps {
  step: ImportStep;
  onFile: (file: File) => void;
  onSheet: (file: File, sheetName: string) => void;
  onMapping: (sheet: ReadSheet, mapping: SheetColumnKind[]) => void;
  onApply: () => void;
  onAnother: () => void;
}

function StepView({ step, onFile, onSheet, onMapping, onApply, onAnother }: StepViewProps) {
  switch (step.step) {
    case 'choose':
      return <ChooseFile error={step.error} onFile={onFile} />;
    case 'busy':
      return (
        <p className={form.note} role="status" aria-live="polite">
          {step.message}
        </p>
      );
    case 'chooseSheet':
      return <ChooseSheet names={step.sheetNames} onChoose={(name) => onSheet(step.file, name)} />;
    case 'mapping':
      return (
        <MapColumns
          sheet={step.sheet}
          initial={step.mapping}
          onConfirm={(mapping) => onMapping(step.sheet, mapping)}
        />
      );
    case 'preview':
      return <Preview sheet={step.sheet} plan={step.plan} onApply={onApply} onAnother={onAnother} />;
  }
}

function Rules() {
  const t = useTranslations('spreadsheet');
  return (
    <section className={styles.rules} aria-label={t('import.rulesTitle')}>
      <h3 className={styles.heading}>{t('import.rulesTitle')}</h3>
      <ul>
        {RULES.map((rule) => (
          <li key={rule}>
            {rule === 'clear' ? t('import.rules.clear', { marker: CLEAR_MARKER }) : t(`import.rules.${rule}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChooseFile({ error, onFile }: { error: string | null; onFile: (file: File) => void }) {
  const t = useTranslations('spreadsheet');
  const inputId = useId();
  const hintId = useId();
  const [isOver, setIsOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <>
      <Rules />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the keyboard way. */}
      <div
        className={isOver ? `${styles.drop} ${styles.dropOver}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className={styles.dropLabel}>
          {t('import.fileLabel')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={hintId}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
        <p id={hintId} className={form.note}>
          {t('import.dropHint')}
        </p>
      </div>
      {error ? (
        <p className={form.error} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function ChooseSheet({ names, onChoose }: { names: string[]; onChoose: (name: string) => void }) {
  const t = useTranslations('spreadsheet');
  const [chosen, setChosen] = useState(names[0]!);
  return (
    <form
      className={form.form}
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(chosen);
      }}
    >
      <fieldset className={`${styles.fieldset} ${styles.column}`}>
        <legend>{t('import.sheetLegend')}</legend>
        {names.map((name) => (
          <label key={name}>
            <input type="radio" name="sheet" checked={chosen === name} onChange={() => setChosen(name)} />
            {name}
          </label>
        ))}
      </fieldset>
      <div className={form.actions}>
        <Button type="submit" variant="primary">
          {t('import.sheetContinue')}
        </Button>
      </div>
    </form>
  );
}

function MapColumns({
  sheet,
  initial,
  onConfirm,
}: {
  sheet: ReadSheet;
  initial: readonly (SheetColumnKind | null)[];
  onConfirm: (mapping: SheetColumnKind[]) => void;
}) {
  const t = useTranslations('spreadsheet');
  const [mapping, setMapping] = useState<SheetColumnKind[]>(() => initial.map((kind) => kind ?? 'ignore'));
  const problem = mappingProblem(mapping);
  const problemText =
    problem === null
      ? null
      : problem.code === 'noIdColumn'
        ? t('import.mappingNoId')
        : t('import.mappingDuplicate', { kind: t(`columnKinds.${problem.kind}`) });
  return (
    <form
      className={form.form}
      onSubmit={(event) => {
        event.preventDefault();
        if (!problem) onConfirm(mapping);
      }}
    >
      <EncodingNote sheet={sheet} />
      <h3 className={styles.heading}>{t('import.mappingTitle')}</h3>
      <p className={form.note}>{t('import.mappingHint')}</p>
      <div className={styles.mapping}>
        {sheet.table.headers.map((header, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and headers may repeat.
          <label key={index} className={form.field}>
            <span>
              {t('import.mappingColumn', { header })}
              {initial[index] === null ? <strong className={styles.new}> *</strong> : null}
            </span>
            <select
              className={form.input}
              value={mapping[index]}
              onChange={(event) => {
                const next = [...mapping];
                next[index] = event.currentTarget.value as SheetColumnKind;
                setMapping(next);
              }}
            >
              {SHEET_COLUMN_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`columnKinds.${kind}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {problemText ? (
        <p className={form.error} role="alert">
          {problemText}
        </p>
      ) : null}
      <div className={form.actions}>
        <Button type="submit" variant="primary" disabled={problem !== null}>
          {t('import.mappingContinue')}
        </Button>
      </div>
    </form>
  );
}

function EncodingNote({ sheet }: { sheet: ReadSheet }) {
  const t = useTranslations('spreadsheet');
  if (sheet.encoding === null || sheet.encoding === 'utf-8') return null;
  return (
    <p className={styles.caution} role="note">
      {t('import.converted', { encoding: t(`encodings.${sheet.encoding}`) })}
    </p>
  );
}

function Preview({
  sheet,
  plan,
  onApply,
  onAnother,
}: {
  sheet: ReadSheet;
  plan: ImportPlan;
  onApply: () => void;
  onAnother: () => void;
}) {
  const t = useTranslations('spreadsheet');
  const kinds = ROW_PROBLEM_KINDS.filter((kind) => kind !== 'unchanged' && plan.problemCounts.has(kind));
  const downloadReport = () => {
    const text = importReportCsv(t, plan.problems);
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), t('import.reportFileName'));
  };
  return (
    <div className={form.form}>
      <EncodingNote sheet={sheet} />
      <h3 className={styles.heading}>{t('import.summaryTitle')}</h3>
      <p className={styles.summary} role="status" data-testid="import-summary">
        {t('import.summary', {
          rows: plan.rowCount,
          videos: plan.changedVideos,
          unchanged: plan.unchangedRows,
        })}
      </p>
      <h4 className={styles.heading}>{t('import.problemsTitle')}</h4>
      {kinds.length === 0 ? (
        <p className={form.note}>{t('import.noProblems')}</p>
      ) : (
        <ul className={styles.problems} aria-label={t('import.problemsTitle')}>
          {kinds.map((kind) => (
            <li key={kind}>
              {t('import.problemCount', {
                problem: t(`problems.${kind}`),
                rows: plan.problemCounts.get(kind)!,
              })}
            </li>
          ))}
        </ul>
      )}
      {plan.changedVideos === 0 ? <p className={form.note}>{t('import.nothingToApply')}</p> : null}
      <div className={form.actions}>
        {plan.problems.length > 0 ? (
          <Button onClick={downloadReport}>{t('import.downloadReport')}</Button>
        ) : null}
        <Button onClick={onAnother}>{t('import.chooseAnother')}</Button>
        <Button variant="primary" onClick={onApply} disabled={plan.changedVideos === 0}>
          {t('import.apply', { videos: plan.changedVideos })}
        </Button>
      </div>
    </div>
  );
}
