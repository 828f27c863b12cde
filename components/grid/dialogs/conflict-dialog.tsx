import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { useSaveStarter } from '@/components/save/save-context';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { ItemOutcome } from '@/lib/batches';
import { changedFields, type EditableField } from '@/lib/edits/fields';
import { changeText } from '../ops/change-text';
import { type CellValue, currentValue } from '../state/edit-store';
import { useGridContext } from '../state/grid-context';
import styles from './conflict-dialog.module.css';

export interface ConflictDialogProps {
  videoId: string | null;
  outcome: Extract<ItemOutcome, { kind: 'conflict' }> | null;
  onClose: () => void;
}

/** Shows the viewer's value next to VOD's current one; keep mine re-saves, take theirs drops the edit. */
export function ConflictDialog({ videoId, outcome, onClose }: ConflictDialogProps) {
  const t = useTranslations();
  const { start: onSave } = useSaveStarter();
  const { editStore, categories } = useGridContext();
  const state = useSyncExternalStore(editStore.subscribe, editStore.getState, editStore.getState);
  const open = videoId !== null && outcome !== null;
  const base = videoId ? state.base.get(videoId) : undefined;
  const changes = (videoId ? state.edits.get(videoId) : undefined) ?? {};
  const title = (videoId && (currentValue(state, videoId, 'title') as string | undefined)) || videoId || '';
  const fields = open
    ? [...new Set<EditableField>([...changedFields(outcome.current), ...changedFields(changes)])]
    : [];

  const keepMine = () => {
    if (!videoId || !base || !outcome) return;
    const theirBase: Record<string, unknown> = {};
    for (const field of changedFields(changes)) {
      theirBase[field] = Object.hasOwn(outcome.current, field) ? outcome.current[field] : base[field];
    }
    onSave([{ videoId, title, base: theirBase, changes }]);
    onClose();
  };

  const takeTheirs = () => {
    if (!videoId || !outcome) return;
    editStore.dispatch({ type: 'takeTheirs', videoId, current: outcome.current });
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('grid.outcomes.conflictTitle', { title })}
      description={t('grid.outcomes.conflictIntro')}
      footer={
        <>
          <Button onClick={onClose}>{t('grid.review.close')}</Button>
          <Button onClick={takeTheirs}>{t('grid.outcomes.takeTheirs')}</Button>
          <Button variant="primary" onClick={keepMine} disabled={changedFields(changes).length === 0}>
            {t('grid.outcomes.keepMine')}
          </Button>
        </>
      }
    >
      {open && videoId ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('grid.outcomes.field')}</th>
              <th scope="col">{t('grid.outcomes.mine')}</th>
              <th scope="col">{t('grid.outcomes.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{t(`fields.labels.${field}`)}</th>
                <td>{changeText(t, field, currentValue(state, videoId, field), categories)}</td>
                <td>
                  {changeText(
                    t,
                    field,
                    (Object.hasOwn(outcome.current, field)
                      ? outcome.current[field]
                      : base?.[field]) as CellValue,
                    categories,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {outcome?.requestId ? (
        <p className={styles.meta}>{t('grid.outcomes.requestId', { requestId: outcome.requestId })}</p>
      ) : null}
    </Dialog>
  );
}
