import { useFormatter, useTranslations } from 'next-intl';
import { type FormEvent, type InputHTMLAttributes, useDeferredValue, useId, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog } from '@/components/ui/dialog';
import form from '@/components/ui/form.module.css';
import { type EditableField, parseTags } from '@/lib/edits/fields';
import type { Translator } from '@/lib/i18n/translator';
import { CategoryPicker } from '../editors/category-picker';
import { type BulkOperation, type BulkSample, bulkFields, planBulk, sampleBulk } from '../ops/bulk';
import { formatValue } from '../ops/cell-values';
import { compileFindReplace, type FindReplaceMatcher } from '../ops/find-replace';
import { currentValue } from '../state/edit-store';
import { useGridContext } from '../state/grid-context';
import styles from './bulk-dialog.module.css';

export type BulkKind = 'addTags' | 'removeTags' | 'replaceTags' | 'setCategory' | 'findReplace' | 'affix';

export interface BulkDialogProps {
  kind: BulkKind | null;
  /** Selected videos that are loaded, for the live preview count. */
  targetIds: () => string[];
  /** How many videos the action will apply to, including ones not loaded yet. */
  targetCount: number;
  isLoadingRest: boolean;
  loadingMessage: string;
  onApply: (operation: BulkOperation) => Promise<void>;
  onClose: () => void;
}

function matcherError(t: Translator, matcher: FindReplaceMatcher): string | null {
  if (matcher.ok) return null;
  return matcher.error.code === 'empty'
    ? t('grid.bulk.emptyFind')
    : t('grid.bulk.invalidRegex', { detail: matcher.error.detail });
}

/** One dialog for every bulk action; each action is applied as one undoable step. */
export function BulkDialog(props: BulkDialogProps) {
  const t = useTranslations('grid.bulk');
  return (
    <Dialog open={props.kind !== null} onClose={props.onClose} title={props.kind ? t(props.kind) : ''}>
      {props.kind ? <BulkForm key={props.kind} {...props} kind={props.kind} /> : null}
    </Dialog>
  );
}

function BulkForm({
  kind,
  targetIds,
  targetCount,
  isLoadingRest,
  loadingMessage,
  onApply,
  onClose,
}: BulkDialogProps & { kind: BulkKind }) {
  const t = useTranslations();
  const format = useFormatter();
  const { editStore, categories, categoryRoots } = useGridContext();
  const formId = useId();
  const [tagsText, setTagsText] = useState('');
  const [cateId, setCateId] = useState<number | null>(null);
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [isRegex, setIsRegex] = useState(false);
  const [isCaseSensitive, setIsCaseSensitive] = useState(false);
  const [inTitle, setInTitle] = useState(true);
  const [inDescription, setInDescription] = useState(true);
  const [prefix, setPrefix] = useState('');
  const [suffix, setSuffix] = useState('');

  const matcher = useMemo(
    () => compileFindReplace({ find, replace, isRegex, isCaseSensitive }),
    [find, replace, isRegex, isCaseSensitive],
  );

  const operation = useMemo<BulkOperation | null>(() => {
    switch (kind) {
      case 'addTags':
      case 'removeTags': {
        const tags = parseTags(tagsText);
        return tags.length > 0 ? { kind, tags } : null;
      }
      case 'replaceTags':
        return { kind, tags: parseTags(tagsText) };
      case 'setCategory':
        return cateId === null ? null : { kind, cateId };
      case 'findReplace': {
        const fields = [
          ...(inTitle ? (['title'] as const) : []),
          ...(inDescription ? (['description'] as const) : []),
        ];
        return matcher.ok && fields.length > 0 ? { kind, fields, replaceIn: matcher.replaceIn } : null;
      }
      case 'affix':
        return prefix === '' && suffix === '' ? null : { kind, prefix, suffix };
    }
  }, [kind, tagsText, cateId, matcher, inTitle, inDescription, prefix, suffix]);

  const deferred = useDeferredValue(operation);
  const { affected, samples } = useMemo(() => {
    if (!deferred) return { affected: 0, samples: [] };
    const state = editStore.getState();
    const valueAt = (videoId: string, field: EditableField) => currentValue(state, videoId, field);
    const writes = planBulk(deferred, targetIds(), valueAt);
    return { affected: writes.length, samples: sampleBulk(writes, valueAt) };
  }, [deferred, editStore, targetIds]);
  const touched = bulkFields(kind, [
    ...(inTitle ? (['title'] as const) : []),
    ...(inDescription ? (['description'] as const) : []),
  ]);

  const error = kind === 'findReplace' && find !== '' ? matcherError(t, matcher) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!operation || isLoadingRest) return;
    void onApply(operation);
  };

  return (
    <form id={formId} className={form.form} onSubmit={submit}>
      <p className={form.note}>{t('grid.bulk.appliesTo', { videos: targetCount })}</p>
      <p className={form.emphasis}>
        {touched.length === 0
          ? t('grid.bulk.touchesNone')
          : t('grid.bulk.touches', {
              fields: format.list(touched.map((field) => t(`fields.labels.${field}`))),
            })}
      </p>
      {kind === 'addTags' || kind === 'removeTags' || kind === 'replaceTags' ? (
        <TextField label={t('grid.bulk.tagsInput')} value={tagsText} onValueChange={setTagsText} autoFocus />
      ) : null}
      {kind === 'setCategory' ? (
        <div className={form.field}>
          <CategoryPicker
            categories={categories}
            roots={categoryRoots}
            value={cateId}
            label={t('grid.bulk.chooseCategory')}
            autoFocus
            framed
            onPick={(id) => setCateId(id)}
          />
        </div>
      ) : null}
      {kind === 'findReplace' ? (
        <>
          <TextField
            label={t('grid.bulk.find')}
            value={find}
            onValueChange={setFind}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${formId}-error` : undefined}
            autoFocus
          />
          <TextField label={t('grid.bulk.replaceWith')} value={replace} onValueChange={setReplace} />
          <div className={form.options}>
            <OptionCheckbox label={t('grid.bulk.useRegex')} checked={isRegex} onCheckedChange={setIsRegex} />
            <OptionCheckbox
              label={t('grid.bulk.matchCase')}
              checked={isCaseSensitive}
              onCheckedChange={setIsCaseSensitive}
            />
          </div>
          <fieldset className={form.options}>
            <legend>{t('grid.bulk.searchIn')}</legend>
            <OptionCheckbox label={t('grid.bulk.inTitle')} checked={inTitle} onCheckedChange={setInTitle} />
            <OptionCheckbox
              label={t('grid.bulk.inDescription')}
              checked={inDescription}
              onCheckedChange={setInDescription}
            />
          </fieldset>
          {error ? (
            <p id={`${formId}-error`} className={form.error} role="alert">
              {error}
            </p>
          ) : null}
        </>
      ) : null}
      {kind === 'affix' ? (
        <>
          <TextField label={t('grid.bulk.prefix')} value={prefix} onValueChange={setPrefix} autoFocus />
          <TextField label={t('grid.bulk.suffix')} value={suffix} onValueChange={setSuffix} />
        </>
      ) : null}
      <p className={form.note} role="status" aria-live="polite">
        {isLoadingRest ? loadingMessage : t('grid.bulk.affected', { cells: affected })}
      </p>
      {samples.length > 0 && !isLoadingRest ? <BulkSamples samples={samples} total={affected} /> : null}
      <div className={form.actions}>
        <Button onClick={onClose}>{t('grid.review.close')}</Button>
        <Button type="submit" variant="primary" disabled={!operation || isLoadingRest}>
          {t('grid.bulk.apply')}
        </Button>
      </div>
    </form>
  );
}

/** The first cells the action changes, before → after, so the editor sees the change, not just a count. */
function BulkSamples({ samples, total }: { samples: readonly BulkSample[]; total: number }) {
  const t = useTranslations();
  const { editStore, categories } = useGridContext();
  const state = editStore.getState();
  return (
    <table className={styles.preview}>
      <caption>{t('grid.bulk.sampleCaption', { shown: samples.length, total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('grid.bulk.sampleVideo')}</th>
          <th scope="col">{t('grid.review.before')}</th>
          <th scope="col">{t('grid.review.after')}</th>
        </tr>
      </thead>
      <tbody>
        {samples.map((sample) => (
          <tr key={`${sample.videoId}:${sample.field}`}>
            <th scope="row">{String(currentValue(state, sample.videoId, 'title') ?? sample.videoId)}</th>
            <td>
              <del>{formatValue(sample.field, sample.before, categories)}</del>
            </td>
            <td>
              <span aria-hidden="true">→ </span>
              <ins>{formatValue(sample.field, sample.after, categories)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'className'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
};

// autoFocus passes through: each bulk action's dialog opens to fill in its first field.
function TextField({ label, value, onValueChange, ...rest }: TextFieldProps) {
  return (
    <label className={form.field}>
      <span>{label}</span>
      <input
        className={form.input}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        {...rest}
      />
    </label>
  );
}

function OptionCheckbox({
  label,
  checked,
  onCheckedChange,
}: {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}) {
  return (
    <label>
      <Checkbox checked={checked} onChange={(event) => onCheckedChange(event.target.checked)} /> {label}
    </label>
  );
}
